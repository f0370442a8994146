import { Injectable } from '@nestjs/common';
import { rows, Queryable } from './database';

/** PostgreSQL's advisory locks: keys that instances of the hub agree on, not rows. */
@Injectable()
export class AdvisoryLocksRepository {
  /** Waits for the lock and holds it for the whole session: take and release it on one and the same connection. */
  async waitForSessionLock(db: Queryable, key: number): Promise<void> {
    await rows(db, `SELECT pg_advisory_lock($1)`, [key]);
  }
}
