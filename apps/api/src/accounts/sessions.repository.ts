import type { Role } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { affectedRows, firstRow, Queryable, rows } from '../platform/database/database';

export interface SessionActorRow {
  sessionId: string;
  accountId: string;
  roles: Role[];
}

@Injectable()
export class SessionsRepository {
  async insert(db: Queryable, session: { tokenHash: Buffer; accountId: string; expiresAt: Date }): Promise<void> {
    await rows(db, `INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)`, [
      session.tokenHash,
      session.accountId,
      session.expiresAt,
    ]);
  }

  /** The session of a token while it lasts and its account is enabled. */
  findLive(db: Queryable, tokenHash: Buffer): Promise<SessionActorRow | undefined> {
    return firstRow<SessionActorRow>(
      db,
      `SELECT s.id AS "sessionId", a.id AS "accountId", a.roles
         FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
      [tokenHash],
    );
  }

  async delete(db: Queryable, id: string): Promise<void> {
    await affectedRows(db, `DELETE FROM sessions WHERE id = $1`, [id]);
  }

  async deleteAllOf(db: Queryable, accountId: string): Promise<void> {
    await affectedRows(db, `DELETE FROM sessions WHERE account_id = $1`, [accountId]);
  }

  async deleteExpiredOf(db: Queryable, accountId: string): Promise<void> {
    await affectedRows(db, `DELETE FROM sessions WHERE account_id = $1 AND expires_at <= now()`, [accountId]);
  }
}
