import { Role } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import { SessionEntity } from './accounts.entity';

export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Server-side sessions: the cookie holds a random token, the database holds its
 * hash, so signing out or disabling an account ends the session at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async start(accountId: string, manager: EntityManager = this.db.manager): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    // Housekeeping at the one moment an account's sessions change: expired rows never pile up.
    await manager.query(`DELETE FROM sessions WHERE account_id = $1 AND expires_at <= now()`, [accountId]);
    await manager.insert(SessionEntity, { tokenHash: hashToken(token), accountId, expiresAt });
    return { token, expiresAt };
  }

  /** The actor behind a token, or null when the session ended, expired, or its account is disabled. */
  async resolve(token: string): Promise<Actor | null> {
    const rows: { session_id: string; account_id: string; roles: Role[] }[] = await this.db.query(
      `SELECT s.id AS session_id, a.id AS account_id, a.roles
         FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
      [hashToken(token)],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, accountId: row.account_id, roles: row.roles } : null;
  }

  async end(actor: Actor): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.delete(SessionEntity, { id: actor.sessionId });
      await this.audit.record(manager, { actor, action: 'signOut', entityType: 'Session', entityId: actor.accountId });
    });
  }

  async endAllFor(accountId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.delete(SessionEntity, { accountId });
  }
}
