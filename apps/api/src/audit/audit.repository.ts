import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';

export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Null: now. */
  occurredAt: Date | null;
}

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

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  entity?: string | null;
}

/** The keyset position to continue after: PostgreSQL's own text of the time, so that no microsecond is lost. */
export interface AuditPosition {
  occurredAt: string;
  id: string;
}

/** A page row, with its time as PostgreSQL prints it for the cursor. */
export type AuditPageRow = AuditRow & { sortKey: string };

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
  page(db: Queryable, limit: number, after: AuditPosition | null, filter: AuditFilter): Promise<AuditPageRow[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (filter.actor) conditions.push(`a.actor_id = ${add(filter.actor)}`);
    if (filter.action) conditions.push(`a.action = ${add(filter.action)}`);
    if (filter.entity) conditions.push(`a.entity_type = ${add(filter.entity)}`);
    if (after) conditions.push(`(a.occurred_at, a.id) < (${add(after.occurredAt)}::timestamptz, ${add(after.id)}::bigint)`);
    return rows(
      db,
      `SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.occurred_at::text AS "sortKey", a.actor_id AS "actorId", a.action,
              a.entity_type AS "entityType", a.entity_id AS "entityId", a.before, a.after
         FROM audit_log a
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT ${add(limit)}`,
      params,
    );
  }
}
