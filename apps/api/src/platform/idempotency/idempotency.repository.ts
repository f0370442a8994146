import { Injectable } from '@nestjs/common';
import { affectedRows, firstRow, Queryable, rows } from '../database/database';

export interface IdempotencyKeyRow {
  scope: string;
  accountId: string | null;
  resultId: string | null;
}

export interface KeyClaim {
  keyHash: Buffer;
  scope: string;
  accountId: string | null;
}

@Injectable()
export class IdempotencyRepository {
  /** True when the key was new. DO NOTHING on a repeat: the repeat takes no lock and never queues. */
  async insertNew(db: Queryable, claim: KeyClaim): Promise<boolean> {
    const inserted = await rows(
      db,
      `INSERT INTO idempotency_keys (key_hash, scope, account_id) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
      [claim.keyHash, claim.scope, claim.accountId],
    );
    return inserted.length > 0;
  }

  /** True when the key was older than `ttlHours` and is now this claim's: its earlier use has expired. */
  async takeOverExpired(db: Queryable, claim: KeyClaim, ttlHours: number): Promise<boolean> {
    const taken = await rows(
      db,
      `UPDATE idempotency_keys SET scope = $2, account_id = $3, result_id = NULL, created_at = now()
        WHERE key_hash = $1 AND created_at < now() - make_interval(hours => $4) RETURNING key_hash`,
      [claim.keyHash, claim.scope, claim.accountId, ttlHours],
    );
    return taken.length > 0;
  }

  async setResult(db: Queryable, keyHash: Buffer, resultId: string): Promise<void> {
    await affectedRows(db, `UPDATE idempotency_keys SET result_id = $2 WHERE key_hash = $1`, [keyHash, resultId]);
  }

  find(db: Queryable, keyHash: Buffer): Promise<IdempotencyKeyRow | undefined> {
    return firstRow<IdempotencyKeyRow>(
      db,
      `SELECT scope, account_id AS "accountId", result_id AS "resultId" FROM idempotency_keys WHERE key_hash = $1`,
      [keyHash],
    );
  }

  /** Up to `batch` keys older than `ttlHours`, skipping rows another transaction holds; returns how many. */
  deleteExpired(db: Queryable, ttlHours: number, batch: number): Promise<number> {
    return affectedRows(
      db,
      `DELETE FROM idempotency_keys WHERE key_hash IN (
         SELECT key_hash FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [ttlHours, batch],
    );
  }
}
