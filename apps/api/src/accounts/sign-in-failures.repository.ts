import { Injectable } from '@nestjs/common';
import { affectedRows, firstRow, Queryable } from '../platform/database/database';
import type { AttemptState, AttemptStore } from '../platform/rate-limit/attempt-counter';

const EXPIRED_BATCH = 100;

/**
 * Failed sign-ins per account in PostgreSQL, for hubs without Redis: every instance on the database shares them.
 * The key is the counter's SHA-256 of the normalised email, never the email.
 */
@Injectable()
export class SignInFailuresRepository {
  /** These rows as the attempt counter's store, every statement on `db`. */
  store(db: Queryable): AttemptStore {
    return {
      get: (key) => this.find(db, key),
      replace: async (key, expected, next, ttlMs) => {
        // Every new row tidies away a batch of expired ones: guesses at unknown emails cannot grow the table for ever.
        if (!expected) await this.deleteExpired(db, next.lastAt);
        return expected ? this.update(db, key, expected, next, ttlMs) : this.insert(db, key, next, ttlMs);
      },
      delete: (key) => this.delete(db, key),
    };
  }

  async find(db: Queryable, key: string): Promise<AttemptState | null> {
    const row = await firstRow<{ attempts: number; lastAt: Date }>(
      db,
      `SELECT failures AS attempts, last_failure_at AS "lastAt" FROM sign_in_failures WHERE email_hash = decode($1, 'hex')`,
      [key],
    );
    return row ? { attempts: row.attempts, lastAt: row.lastAt.getTime() } : null;
  }

  /** Compare-and-set: writes only where the row is still as read; false when another request changed it first. */
  async update(db: Queryable, key: string, expected: AttemptState, next: AttemptState, ttlMs: number): Promise<boolean> {
    const row = await firstRow<{ written: number }>(
      db,
      `WITH w AS (UPDATE sign_in_failures SET failures = $2, last_failure_at = $3, expires_at = $4
                   WHERE email_hash = decode($1, 'hex') AND failures = $5 AND last_failure_at = $6 RETURNING 1)
       SELECT count(*)::int AS written FROM w`,
      [key, next.attempts, new Date(next.lastAt), new Date(next.lastAt + ttlMs), expected.attempts, new Date(expected.lastAt)],
    );
    return row!.written === 1;
  }

  /** Writes only where no row is: false when another request wrote one first. */
  async insert(db: Queryable, key: string, next: AttemptState, ttlMs: number): Promise<boolean> {
    const row = await firstRow<{ written: number }>(
      db,
      `WITH w AS (INSERT INTO sign_in_failures (email_hash, failures, last_failure_at, expires_at)
                   VALUES (decode($1, 'hex'), $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS written FROM w`,
      [key, next.attempts, new Date(next.lastAt), new Date(next.lastAt + ttlMs)],
    );
    return row!.written === 1;
  }

  /** On a successful sign-in: forgets that account's failures. */
  async delete(db: Queryable, key: string): Promise<void> {
    await affectedRows(db, `DELETE FROM sign_in_failures WHERE email_hash = decode($1, 'hex')`, [key]);
  }

  /** A bounded batch, skipping rows another request holds: never a long delete inside someone's sign-in. */
  async deleteExpired(db: Queryable, now: number): Promise<void> {
    await affectedRows(
      db,
      `DELETE FROM sign_in_failures WHERE email_hash IN (
         SELECT email_hash FROM sign_in_failures WHERE expires_at <= $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [new Date(now), EXPIRED_BATCH],
    );
  }
}
