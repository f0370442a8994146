import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../platform/auth/actor';
import type { SessionResolver } from '../platform/auth/session-resolver';
import { Database, Queryable } from '../platform/database/database';
import { AuditService } from '../audit/audit.service';
import { SessionsRepository } from './sessions.repository';

export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Server-side sessions: the cookie holds a random token, the database holds its
 * hash, so signing out or disabling an account ends the session at once.
 */
@Injectable()
export class SessionsService implements SessionResolver {
  constructor(
    private readonly database: Database,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
  ) {}

  async start(accountId: string, db: Queryable = this.database.pool): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    // Housekeeping at the one moment an account's sessions change: expired rows never pile up.
    await this.sessions.deleteExpiredOf(db, accountId);
    await this.sessions.insert(db, { tokenHash: hashToken(token), accountId, expiresAt });
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<Actor | null> {
    return (await this.sessions.findLive(this.database.pool, hashToken(token))) ?? null;
  }

  async end(actor: Actor): Promise<void> {
    await this.database.transaction(async (tx) => {
      await this.sessions.delete(tx, actor.sessionId);
      await this.audit.record(tx, { actor, action: 'signOut', entityType: 'Session', entityId: actor.accountId });
    });
  }

  async endAllFor(accountId: string, db: Queryable = this.database.pool): Promise<void> {
    await this.sessions.deleteAllOf(db, accountId);
  }
}
