import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import type { Connection } from '../platform/database/cursor';
import { AuditFilter, AuditRepository, AuditRow } from './audit.repository';

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

/**
 * The append-only record of every state change. Writes go through the caller's
 * transaction, so a change and its audit entry commit or fail together.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly database: Database,
    private readonly entries: AuditRepository,
  ) {}

  record(tx: Queryable, entry: AuditEntryInput): Promise<void> {
    return this.entries.insert(tx, {
      actorId: entry.actor?.accountId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      occurredAt: entry.occurredAt ?? null,
    });
  }

  /** Newest first, filtered by actor, action and kind of entity. */
  list(first: number, after: string | null | undefined, filter: AuditFilter): Promise<Connection<AuditRow>> {
    return this.entries.page(this.database.pool, first, after ?? null, filter);
  }
}
