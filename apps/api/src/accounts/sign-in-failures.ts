import type { DataSource } from 'typeorm';
import type { AttemptState, AttemptStore } from '../platform/rate-limit/attempt-counter';

const EXPIRED_BATCH = 100;

/**
 * Failed sign-ins per account in PostgreSQL, for hubs without Redis: every instance on the database shares them.
 * The key is the counter's SHA-256 of the normalised email, never the email.
 */
export class SignInFailuresStore implements AttemptStore {
  constructor(private readonly db: DataSource) {}

  async get(key: string): Promise<AttemptState | null> {
    const [row]: { attempts: number; lastAt: Date }[] = await this.db.query(
      `SELECT failures AS attempts, last_failure_at AS "lastAt" FROM sign_in_failures WHERE email_hash = decode($1, 'hex')`,
      [key],
    );
    return row ? { attempts: row.attempts, lastAt: row.lastAt.getTime() } : null;
  }

  async replace(key: string, expected: AttemptState | null, next: AttemptState, ttlMs: number): Promise<boolean> {
    // Every new row tidies away a batch of expired ones: guesses at unknown emails cannot grow the table for ever.
    if (!expected) await this.deleteExpired(next.lastAt);
    const values = [key, next.attempts, new Date(next.lastAt), new Date(next.lastAt + ttlMs)];
    // Compare-and-set: the insert wins only where no row is, the update only where the row is still as read.
    const [{ written }]: { written: number }[] = expected
      ? await this.db.query(
          `WITH w AS (UPDATE sign_in_failures SET failures = $2, last_failure_at = $3, expires_at = $4
                       WHERE email_hash = decode($1, 'hex') AND failures = $5 AND last_failure_at = $6 RETURNING 1)
           SELECT count(*)::int AS written FROM w`,
          [...values, expected.attempts, new Date(expected.lastAt)],
        )
      : await this.db.query(
          `WITH w AS (INSERT INTO sign_in_failures (email_hash, failures, last_failure_at, expires_at)
                       VALUES (decode($1, 'hex'), $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1)
           SELECT count(*)::int AS written FROM w`,
          values,
        );
    return written === 1;
  }

  /** On a successful sign-in: forgets that account's failures. */
  async delete(key: string): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE email_hash = decode($1, 'hex')`, [key]);
  }

  /** A bounded batch, skipping rows another request holds: never a long delete inside someone's sign-in. */
  private async deleteExpired(now: number): Promise<void> {
    await this.db.query(
      `DELETE FROM sign_in_failures WHERE email_hash IN (
         SELECT email_hash FROM sign_in_failures WHERE expires_at <= $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [new Date(now), EXPIRED_BATCH],
    );
  }
}
