import { IdeaSort, IdeaStatus, LIMITS, Profession, TRENDING_WINDOW_DAYS } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { Connection } from '../platform/database/cursor';
import { Queryable, rows } from '../platform/database/database';
import { keysetList, listCount, SortKey, SortType } from '../platform/database/keyset';
import { SqlParams } from '../platform/database/sql-params';
import { headline, websearchQuery } from '../platform/database/text-search';
import { IdeaEntity } from './ideas.entity';
import { IDEA_COLUMNS, listed } from './ideas.repository';

export interface IdeaFilters {
  query?: string | null;
  theme?: string | null;
  status?: IdeaStatus | null;
  profession?: Profession | null;
  tag?: string | null;
}

export interface FoundIdea {
  idea: IdeaEntity;
  headline: string | null;
}

export interface SimilarIdea {
  id: string;
  title: string;
  status: IdeaStatus;
  endorsementCount: number;
  similarity: number;
}

/** Below this, titles share only stray letters; pg_trgm's own default (0.3) misses short, half-typed titles. */
export const SIMILARITY_THRESHOLD = 0.2;

const RECENT_ENDORSEMENTS = `(SELECT count(*)::int FROM endorsements recent
  WHERE recent.idea_id = idea.id AND recent.created_at > now() - interval '${TRENDING_WINDOW_DAYS} days')`;

const byIdea = (order: IdeaSort, value: string, type: SortType): SortKey => ({
  order,
  value,
  type,
  id: 'idea.id',
  idType: 'uuid',
  direction: 'DESC',
});

/** What each sort pages on, with the id as tie-breaker; relevance ranks against the search words. */
function keyFor(sort: IdeaSort, tsquery: string | null): SortKey {
  if (sort === IdeaSort.MOST_ENDORSED) return byIdea(sort, 'idea.endorsement_count', 'int');
  if (sort === IdeaSort.TRENDING) return byIdea(sort, RECENT_ENDORSEMENTS, 'int');
  if (sort === IdeaSort.RELEVANCE && tsquery) return byIdea(sort, `ts_rank_cd(idea.search, ${tsquery})`, 'real');
  return byIdea(IdeaSort.NEWEST, 'idea.submitted_at', 'timestamptz');
}

/** A search's statement so far: its parameters, its words as a tsquery when there are any, and its conditions. */
function listedWhere(filters: IdeaFilters) {
  const params = new SqlParams();
  const tsquery = filters.query ? websearchQuery(params, filters.query) : null;
  const conditions = [listed('idea')];
  if (tsquery) conditions.push(`idea.search @@ ${tsquery}`);
  // Themes and accounts are asked within this one statement: the filter must hold for the keyset order and the count.
  if (filters.theme) conditions.push(`idea.theme_id = (SELECT id FROM themes WHERE slug = ${params.add(filters.theme)})`);
  if (filters.status) conditions.push(`idea.status = ${params.add(filters.status)}`);
  if (filters.profession)
    conditions.push(`idea.author_id IN (SELECT id FROM accounts WHERE profession = ${params.add(filters.profession)})`);
  if (filters.tag) conditions.push(`idea.tags @> ARRAY[${params.add(filters.tag)}]::text[]`);
  return { params, tsquery, conditions };
}

type FoundRow = IdeaEntity & { headline: string | null };

/** The SQL of finding ideas: keyset pages of the public list, its count, and titles like one being typed. */
@Injectable()
export class IdeaSearchRepository {
  page(db: Queryable, filters: IdeaFilters, sort: IdeaSort, first: number, after?: string | null): Promise<Connection<FoundIdea>> {
    const { params, tsquery, conditions } = listedWhere(filters);
    const snippet = tsquery ? headline(['idea.summary', 'idea.problem', 'idea.proposal'], tsquery) : 'NULL';
    const select = `${IDEA_COLUMNS}, ${snippet} AS "headline"`;
    const query = { select, from: 'ideas idea', conditions, params, key: keyFor(sort, tsquery), first, after };
    return keysetList(db, query, (row: FoundRow) => ({ headline: row.headline, idea: row }));
  }

  count(db: Queryable, filters: IdeaFilters): Promise<number> {
    return listCount(db, { ...listedWhere(filters), from: 'ideas idea' });
  }

  /** Listed ideas whose titles look like this one, best first; inside a transaction, which the threshold is set for. */
  async similar(tx: Queryable, title: string): Promise<SimilarIdea[]> {
    // `%` can use the trigram index, but only with the threshold set for this transaction.
    await rows(tx, `SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(SIMILARITY_THRESHOLD)]);
    return rows<SimilarIdea>(
      tx,
      `SELECT idea.id, idea.title, idea.status, idea.endorsement_count AS "endorsementCount", similarity(idea.title, $1) AS similarity
         FROM ideas idea
        WHERE idea.title % $1 AND ${listed('idea')}
        ORDER BY similarity DESC, idea.endorsement_count DESC, idea.id
        LIMIT $2`,
      [title, LIMITS.similarIdeasShown],
    );
  }
}
