import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../platform/database/database';
import type { Actor } from '../platform/auth/actor';
import { Connection, decodeCursor, toConnection } from '../platform/database/cursor';

export interface AuditEntryInput {
  /** Null for anonymous callers and for the system (scheduled jobs): never a hint at who sent an anonymous report. */
  actor: Pick<Actor, 'accountId'> | null;
  /** The mutation's name, e.g. `castVote`, so that entries read like the API. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The changed fields before and after; only what changed, never secrets. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /**
   * When it happened, if not now: the release of anonymous reports dates their entries to the midnight
   * of their day, so that the audit log cannot give the time that the report itself keeps to the day.
   */
  occurredAt?: Date;
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  entity?: string | null;
}

/**
 * The append-only record of every state change. Writes go through the caller's
 * transaction manager, so a change and its audit entry commit or fail together.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: Queryable, entry: AuditEntryInput): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now()))`,
      [
        entry.actor?.accountId ?? null,
        entry.action,
        entry.entityType,
        entry.entityId ?? null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.occurredAt ?? null,
      ],
    );
  }

  /**
   * Newest first, by keyset on (occurred_at, id): the time first, so that an entry dated to its day
   * sorts at that day, not at the place its id would give it. The id is the tie-breaker; cast to text
   * only in the output (ordering by a text id would put 99 after 100).
   */
  async list(first: number, after: string | null | undefined, filter: AuditFilter): Promise<Connection<AuditRow>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (filter.actor) conditions.push(`a.actor_id = ${add(filter.actor)}`);
    if (filter.action) conditions.push(`a.action = ${add(filter.action)}`);
    if (filter.entity) conditions.push(`a.entity_type = ${add(filter.entity)}`);
    if (after) {
      const [occurredAt, id] = decodeCursor(after, { value: 'timestamp', id: 'bigint' });
      conditions.push(`(a.occurred_at, a.id) < (${add(occurredAt)}::timestamptz, ${add(id)}::bigint)`);
    }
    const rows: (AuditRow & { sort_key: string })[] = await this.db.query(
      `SELECT a.id::text AS id, a.occurred_at, a.occurred_at::text AS sort_key, a.actor_id, a.action, a.entity_type, a.entity_id, a.before, a.after
         FROM audit_log a
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT ${add(first + 1)}`,
      params,
    );
    // The cursor keeps PostgreSQL's microseconds, which a JavaScript Date would round away.
    return toConnection(rows, first, (row) => row.sort_key);
  }
}
