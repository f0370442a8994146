import { Injectable } from '@nestjs/common';
import type { Connection } from '../platform/database/cursor';
import { Queryable, rows } from '../platform/database/database';
import { KeyedRow, keysetList, SortKey } from '../platform/database/keyset';
import { SqlParams } from '../platform/database/sql-params';

export interface AuditRow {
  /** A bigint, as text: JavaScript numbers would lose its digits past 2^53. */
  id: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type NewAuditEntry = Omit<AuditRow, 'id' | 'occurredAt'> & {
  /** Null: now. */
  occurredAt: Date | null;
};

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  entity?: string | null;
}

const AUDIT_COLUMNS = `a.id::text AS id, a.occurred_at AS "occurredAt", a.actor_id AS "actorId", a.action, a.entity_type AS "entityType",
  a.entity_id AS "entityId", a.before, a.after`;

const NEWEST_FIRST: SortKey = { value: 'a.occurred_at', type: 'timestamptz', id: 'a.id', idType: 'bigint', direction: 'DESC' };

/** The only SQL on `audit_log`, which the database keeps append-only. */
@Injectable()
export class AuditRepository {
  async insert(db: Queryable, entry: NewAuditEntry): Promise<void> {
    await rows(
      db,
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now()))`,
      [
        entry.actorId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.occurredAt,
      ],
    );
  }

  /**
   * Newest first, by keyset on (occurred_at, id): the time first, so that an entry dated to its day sorts at
   * that day, not at the place its id would give it. The id is the tie-breaker; cast to text only in the output
   * (ordering by a text id would put 99 after 100).
   */
  page(db: Queryable, first: number, after: string | null, filter: AuditFilter): Promise<Connection<AuditRow>> {
    const params = new SqlParams();
    const conditions: string[] = [];
    if (filter.actor) conditions.push(`a.actor_id = ${params.add(filter.actor)}`);
    if (filter.action) conditions.push(`a.action = ${params.add(filter.action)}`);
    if (filter.entity) conditions.push(`a.entity_type = ${params.add(filter.entity)}`);
    const query = { select: AUDIT_COLUMNS, from: 'audit_log a', conditions, params, key: NEWEST_FIRST, first, after };
    return keysetList(db, query, ({ sortKey, ...entry }: AuditRow & KeyedRow): AuditRow => entry);
  }
}
