import { Injectable } from '@nestjs/common';
import { affectedRows, Queryable, rows } from '../platform/database/database';

/** Who follows which recommendation. */
@Injectable()
export class RecommendationFollowsRepository {
  /** Whether it was not followed before. */
  async add(db: Queryable, recommendationId: string, accountId: string): Promise<boolean> {
    const inserted = await rows(
      db,
      `INSERT INTO recommendation_follows (recommendation_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING account_id`,
      [recommendationId, accountId],
    );
    return inserted.length > 0;
  }

  /** Whether it was followed before. */
  async remove(db: Queryable, recommendationId: string, accountId: string): Promise<boolean> {
    const deleted = await affectedRows(db, `DELETE FROM recommendation_follows WHERE recommendation_id = $1 AND account_id = $2`, [
      recommendationId,
      accountId,
    ]);
    return deleted > 0;
  }

  /** Who follows a recommendation, leaving out whoever made the change being announced. */
  async followers(db: Queryable, recommendationId: string, exceptAccountId: string): Promise<string[]> {
    const found = await rows<{ accountId: string }>(
      db,
      `SELECT account_id AS "accountId" FROM recommendation_follows WHERE recommendation_id = $1 AND account_id <> $2`,
      [recommendationId, exceptAccountId],
    );
    return found.map((row) => row.accountId);
  }

  /** Which of these recommendations the account follows. */
  async followedBy(db: Queryable, accountId: string, recommendationIds: readonly string[]): Promise<Set<string>> {
    const found = await rows<{ recommendationId: string }>(
      db,
      `SELECT recommendation_id AS "recommendationId" FROM recommendation_follows
        WHERE account_id = $1 AND recommendation_id = ANY($2::uuid[])`,
      [accountId, recommendationIds],
    );
    return new Set(found.map((row) => row.recommendationId));
  }
}
