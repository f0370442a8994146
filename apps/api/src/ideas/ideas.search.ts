import { IdeaSort, IdeaStatus, LIMITS, Profession, TRENDING_WINDOW_DAYS } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Connection, CursorPart, decodeCursor, toConnection } from '../platform/database/cursor';
import { listed } from './ideas.access';
import { IdeaEntity } from './ideas.entity';

export interface IdeaFilters {
  query?: string | null;
  theme?: string | null;
  status?: IdeaStatus | null;
  profession?: Profession | null;
  tag?: string | null;
}

export interface FoundIdea {
  id: string;
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

const TSQUERY = `websearch_to_tsquery('english', $1)`;

/**
 * What each sort pages on (with the id as tie-breaker), the SQL type its cursor value is read
 * back as, and the kind of value the cursor toolkit checks that it holds.
 */
const SORT_KEYS: Record<IdeaSort, { expression: string; type: string; part: CursorPart }> = {
  [IdeaSort.NEWEST]: { expression: 'idea.submitted_at', type: 'timestamptz', part: 'timestamp' },
  [IdeaSort.MOST_ENDORSED]: { expression: 'idea.endorsement_count', type: 'int', part: 'integer' },
  [IdeaSort.TRENDING]: {
    expression: `(SELECT count(*) FROM endorsements recent
                   WHERE recent.idea_id = idea.id AND recent.created_at > now() - interval '${TRENDING_WINDOW_DAYS} days')`,
    type: 'bigint',
    part: 'integer',
  },
  [IdeaSort.RELEVANCE]: { expression: `ts_rank_cd(idea.search, ${TSQUERY})`, type: 'real', part: 'real' },
};

// Escaped before ts_headline adds its marks, so that the only tags in a snippet are <mark> and </mark>.
const ESCAPED_BODY = `replace(replace(replace(replace(replace(concat_ws(' ', idea.summary, idea.problem, idea.proposal),
  '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
const HEADLINE = `ts_headline('english', ${ESCAPED_BODY}, ${TSQUERY}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15')`;

/** Parameters numbered as they are added; $1 is the search words when there are any. */
class Params {
  readonly values: unknown[];
  constructor(query: string | null | undefined) {
    this.values = query ? [query] : [];
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Finding ideas: the public list with its filters, sorts and full-text search, and duplicate suggestions. */
@Injectable()
export class IdeaSearch {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The sort a list gets: the one asked for, else best match when searching, else newest; relevance needs words. */
  static sortFor(filters: IdeaFilters, sort: IdeaSort | null | undefined): IdeaSort {
    if (!filters.query) return sort && sort !== IdeaSort.RELEVANCE ? sort : IdeaSort.NEWEST;
    return sort ?? IdeaSort.RELEVANCE;
  }

  async list(filters: IdeaFilters, sort: IdeaSort, first: number, after?: string | null): Promise<Connection<FoundIdea>> {
    const params = new Params(filters.query);
    const conditions = this.conditions(filters, params);
    const key = SORT_KEYS[sort];
    if (after) {
      // A cursor belongs to one sort: another sort's value would compare as nonsense, or fail to cast.
      const [value, id] = decodeCursor(after, { order: sort, value: key.part, id: 'uuid' });
      conditions.push(`(${key.expression}, idea.id) < (CAST(${params.add(value)} AS ${key.type}), ${params.add(id)})`);
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${this.columns()}, (${key.expression})::text AS "sortKey", ${filters.query ? HEADLINE : 'NULL'} AS "headline"
         FROM ideas idea
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${key.expression} DESC, idea.id DESC
        LIMIT ${params.add(first + 1)}`,
      params.values,
    );
    const found = rows.map((row) => ({
      id: row.id as string,
      idea: this.toEntity(row),
      headline: row.headline as string | null,
      sortKey: row.sortKey as string,
    }));
    return toConnection(found, first, (row) => row.sortKey, sort);
  }

  async count(filters: IdeaFilters): Promise<number> {
    const params = new Params(filters.query);
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM ideas idea WHERE ${this.conditions(filters, params).join(' AND ')}`,
      params.values,
    );
    return count;
  }

  /** Up to five listed ideas whose titles look like this one, best first; too short a title says nothing yet. */
  async similar(title: string): Promise<SimilarIdea[]> {
    if (title.length < 3) return [];
    return this.db.transaction(async (manager) => {
      // `%` can use the trigram index, but only with the threshold set for this transaction.
      await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(SIMILARITY_THRESHOLD)]);
      return manager.query(
        `SELECT idea.id, idea.title, idea.status, idea.endorsement_count AS "endorsementCount", similarity(idea.title, $1) AS similarity
           FROM ideas idea
          WHERE idea.title % $1 AND ${listed('idea')}
          ORDER BY similarity DESC, idea.endorsement_count DESC, idea.id
          LIMIT $2`,
        [title, LIMITS.similarIdeasShown],
      );
    });
  }

  private conditions(filters: IdeaFilters, params: Params): string[] {
    const conditions = [listed('idea')];
    if (filters.query) conditions.push(`idea.search @@ ${TSQUERY}`);
    if (filters.theme) conditions.push(`idea.theme_id = (SELECT id FROM themes WHERE slug = ${params.add(filters.theme)})`);
    if (filters.status) conditions.push(`idea.status = ${params.add(filters.status)}`);
    if (filters.profession)
      conditions.push(`idea.author_id IN (SELECT id FROM accounts WHERE profession = ${params.add(filters.profession)})`);
    if (filters.tag) conditions.push(`idea.tags @> ARRAY[${params.add(filters.tag)}]::text[]`);
    return conditions;
  }

  private columns(): string {
    return this.db
      .getMetadata(IdeaEntity)
      .columns.map((column) => `idea.${column.databaseName} AS "${column.propertyName}"`)
      .join(', ');
  }

  private toEntity(row: Record<string, unknown>): IdeaEntity {
    const idea = new IdeaEntity();
    for (const column of this.db.getMetadata(IdeaEntity).columns) {
      (idea as unknown as Record<string, unknown>)[column.propertyName] = row[column.propertyName];
    }
    return idea;
  }
}
