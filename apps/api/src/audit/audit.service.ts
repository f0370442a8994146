import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { Connection, decodeCursor, toConnection } from '../platform/graphql/pagination';

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

  async record(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
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

  /** Newest first, by keyset on the identity column. */
  async list(first: number, after: string | null | undefined, filter: AuditFilter): Promise<Connection<AuditRow & { id: string }>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.actor) add('actor_id = ?', filter.actor);
    if (filter.action) add('action = ?', filter.action);
    if (filter.entity) add('entity_type = ?', filter.entity);
    if (after) add('id < ?', decodeCursor(after)[1]);
    params.push(first + 1);
    const rows: AuditRow[] = await this.db.query(
      `SELECT id::text, occurred_at, actor_id, action, entity_type, entity_id, before, after FROM audit_log
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    return toConnection(rows, first, (row) => row.id);
  }
}
