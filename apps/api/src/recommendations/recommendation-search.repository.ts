import { ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { Connection } from '../platform/database/cursor';
import type { Queryable } from '../platform/database/database';
import { keysetList, listCount, SortKey } from '../platform/database/keyset';
import { SqlParams } from '../platform/database/sql-params';
import { headline, websearchQuery } from '../platform/database/text-search';
import { RecommendationEntity } from './recommendations.entity';

export interface RecommendationFilters {
  query?: string | null;
  theme?: string | null;
  implementationStatus?: ImplementationStatus | null;
}

export interface FoundRecommendation {
  recommendation: RecommendationEntity;
  headline: string | null;
}

const RECOMMENDATION_COLUMNS = `r.id, r.title, r.summary, r.rationale, r.actions, r.audience, r.theme_id AS "themeId", r.organisations,
  r.evidence, r.status, r.version, r.revision_number AS "revisionNumber", r.published_at AS "publishedAt",
  r.published_revision AS "publishedRevision", r.implementation_status AS "implementationStatus", r.author_id AS "authorId",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

/** Newest first, or best match first when searching; the cursor names its order, as one order's cursor means nothing to the other. */
function keyFor(tsquery: string | null): SortKey {
  const byRecommendation = { id: 'r.id', idType: 'uuid', direction: 'DESC' } as const;
  return tsquery
    ? { ...byRecommendation, order: 'relevance', value: `ts_rank_cd(r.search, ${tsquery})`, type: 'real' }
    : { ...byRecommendation, order: 'newest', value: 'r.published_at', type: 'timestamptz' };
}

/** A search's statement so far: its parameters, its words as a tsquery when there are any, and its conditions. */
function publishedWhere(filters: RecommendationFilters) {
  const params = new SqlParams();
  const tsquery = filters.query ? websearchQuery(params, filters.query) : null;
  const conditions = [`r.status = '${RecommendationStatus.PUBLISHED}'`];
  if (tsquery) conditions.push(`r.search @@ ${tsquery}`);
  // The theme is asked within this one statement: the filter must hold for the keyset order and the count.
  if (filters.theme) conditions.push(`r.theme_id = (SELECT id FROM themes WHERE slug = ${params.add(filters.theme)})`);
  if (filters.implementationStatus) conditions.push(`r.implementation_status = ${params.add(filters.implementationStatus)}`);
  return { params, tsquery, conditions };
}

type FoundRow = RecommendationEntity & { headline: string | null };

/** The SQL of the public list of published recommendations: filters, full-text search and keyset pages. */
@Injectable()
export class RecommendationSearchRepository {
  page(db: Queryable, filters: RecommendationFilters, first: number, after?: string | null): Promise<Connection<FoundRecommendation>> {
    const { params, tsquery, conditions } = publishedWhere(filters);
    const snippet = tsquery ? headline(['r.summary', 'r.rationale'], tsquery) : 'NULL';
    const select = `${RECOMMENDATION_COLUMNS}, ${snippet} AS "headline"`;
    const query = { select, from: 'recommendations r', conditions, params, key: keyFor(tsquery), first, after };
    return keysetList(db, query, (row: FoundRow) => ({ headline: row.headline, recommendation: row }));
  }

  count(db: Queryable, filters: RecommendationFilters): Promise<number> {
    return listCount(db, { ...publishedWhere(filters), from: 'recommendations r' });
  }
}
