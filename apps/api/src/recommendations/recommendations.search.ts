import { ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Connection, CursorPart, decodeCursor, toConnection } from '../platform/database/cursor';
import { RecommendationEntity } from './recommendations.entity';

export interface RecommendationFilters {
  query?: string | null;
  theme?: string | null;
  implementationStatus?: ImplementationStatus | null;
}

export interface FoundRecommendation {
  id: string;
  recommendation: RecommendationEntity;
  headline: string | null;
}

const TSQUERY = `websearch_to_tsquery('english', $1)`;

/**
 * Newest first, or best match first when searching; each pages on its key and the id. The cursor
 * says which key it holds (one order's cursor means nothing to the other) and the toolkit checks its value's kind.
 */
interface SortKey {
  name: string;
  expression: string;
  type: string;
  part: CursorPart;
}
const NEWEST: SortKey = { name: 'newest', expression: 'r.published_at', type: 'timestamptz', part: 'timestamp' };
const RELEVANCE: SortKey = { name: 'relevance', expression: `ts_rank_cd(r.search, ${TSQUERY})`, type: 'real', part: 'real' };

// Escaped before ts_headline adds its marks, so that the only tags in a snippet are <mark> and </mark>.
const ESCAPED_BODY = `replace(replace(replace(replace(replace(concat_ws(' ', r.summary, r.rationale),
  '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
const HEADLINE = `ts_headline('english', ${ESCAPED_BODY}, ${TSQUERY}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15')`;

/** The public list of published recommendations: filters, full-text search and keyset pages. */
@Injectable()
export class RecommendationSearch {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filters: RecommendationFilters, first: number, after?: string | null): Promise<Connection<FoundRecommendation>> {
    const params: unknown[] = filters.query ? [filters.query] : [];
    const add = (value: unknown) => `$${params.push(value)}`;
    const conditions = this.conditions(filters, add);
    const key = filters.query ? RELEVANCE : NEWEST;
    if (after) {
      const [value, id] = decodeCursor(after, { order: key.name, value: key.part, id: 'uuid' });
      conditions.push(`(${key.expression}, r.id) < (CAST(${add(value)} AS ${key.type}), ${add(id)})`);
    }
    const rows: { id: string; sortKey: string; headline: string | null }[] = await this.db.query(
      `SELECT r.id, (${key.expression})::text AS "sortKey", ${filters.query ? HEADLINE : 'NULL'} AS headline
         FROM recommendations r
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${key.expression} DESC, r.id DESC
        LIMIT ${add(first + 1)}`,
      params,
    );
    const byId = new Map(
      (await this.db.manager.findBy(RecommendationEntity, { id: In(rows.map((row) => row.id)) })).map((entity) => [entity.id, entity]),
    );
    const found = rows.map((row) => ({ ...row, recommendation: byId.get(row.id)! }));
    return toConnection(found, first, (row) => row.sortKey, key.name);
  }

  async count(filters: RecommendationFilters): Promise<number> {
    const params: unknown[] = filters.query ? [filters.query] : [];
    const conditions = this.conditions(filters, (value) => `$${params.push(value)}`);
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM recommendations r WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return count;
  }

  private conditions(filters: RecommendationFilters, add: (value: unknown) => string): string[] {
    const conditions = [`r.status = '${RecommendationStatus.PUBLISHED}'`];
    if (filters.query) conditions.push(`r.search @@ ${TSQUERY}`);
    if (filters.theme) conditions.push(`r.theme_id = (SELECT id FROM themes WHERE slug = ${add(filters.theme)})`);
    if (filters.implementationStatus) conditions.push(`r.implementation_status = ${add(filters.implementationStatus)}`);
    return conditions;
  }
}
