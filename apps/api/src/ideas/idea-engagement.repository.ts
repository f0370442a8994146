import { Injectable } from '@nestjs/common';
import { affectedRows, Queryable, rows } from '../platform/database/database';

type SupportTable = 'endorsements' | 'idea_follows';

/** Endorsements and follows: one row per person and idea, which the primary keys keep so under races. */
@Injectable()
export class IdeaEngagementRepository {
  /** True when the endorsement is new. */
  async endorse(db: Queryable, ideaId: string, accountId: string): Promise<boolean> {
    const added = await rows<{ idea_id: string }>(
      db,
      `INSERT INTO endorsements (idea_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING idea_id`,
      [ideaId, accountId],
    );
    return added.length > 0;
  }

  /** True when there was an endorsement to withdraw. */
  async withdraw(db: Queryable, ideaId: string, accountId: string): Promise<boolean> {
    return (await affectedRows(db, `DELETE FROM endorsements WHERE idea_id = $1 AND account_id = $2`, [ideaId, accountId])) > 0;
  }

  async follow(db: Queryable, ideaId: string, accountId: string): Promise<void> {
    await affectedRows(db, `INSERT INTO idea_follows (idea_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ideaId, accountId]);
  }

  async unfollow(db: Queryable, ideaId: string, accountId: string): Promise<void> {
    await affectedRows(db, `DELETE FROM idea_follows WHERE idea_id = $1 AND account_id = $2`, [ideaId, accountId]);
  }

  /** Each endorser and follower of the duplicate once on the survivor, never the survivor's own author as an endorser. */
  async moveSupport(db: Queryable, duplicateId: string, survivorId: string, survivorAuthorId: string): Promise<void> {
    await affectedRows(
      db,
      `INSERT INTO endorsements (idea_id, account_id, created_at)
       SELECT $2, account_id, created_at FROM endorsements WHERE idea_id = $1 AND account_id <> $3
       ON CONFLICT DO NOTHING`,
      [duplicateId, survivorId, survivorAuthorId],
    );
    await affectedRows(
      db,
      `INSERT INTO idea_follows (idea_id, account_id, created_at)
       SELECT $2, account_id, created_at FROM idea_follows WHERE idea_id = $1 ON CONFLICT DO NOTHING`,
      [duplicateId, survivorId],
    );
    await affectedRows(db, `DELETE FROM endorsements WHERE idea_id = $1`, [duplicateId]);
    await affectedRows(db, `DELETE FROM idea_follows WHERE idea_id = $1`, [duplicateId]);
  }

  /** Which of these ideas the account has endorsed, or follows. */
  endorsedBy(db: Queryable, accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.supported(db, 'endorsements', accountId, ideaIds);
  }

  followedBy(db: Queryable, accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.supported(db, 'idea_follows', accountId, ideaIds);
  }

  private async supported(db: Queryable, table: SupportTable, accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const found = await rows<{ idea_id: string }>(db, `SELECT idea_id FROM ${table} WHERE account_id = $1 AND idea_id = ANY($2::uuid[])`, [
      accountId,
      ideaIds,
    ]);
    return new Set(found.map((row) => row.idea_id));
  }
}
