import { REVIEW_CRITERIA, ReviewCriterion } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { ReviewEntity } from './reviews.entity';
import type { ReviewItemRef } from './reviews.inputs';

const SCORE_COLUMN: Record<ReviewCriterion, string> = {
  patientOutcomes: 'patient_outcomes',
  patientExperience: 'patient_experience',
  staff: 'staff',
  feasibility: 'feasibility',
  evidence: 'evidence',
  openStandards: 'open_standards',
};
const SCORE_COLUMNS = REVIEW_CRITERIA.map((criterion) => SCORE_COLUMN[criterion]);
const REVIEW_COLUMNS = `id, item_kind AS "itemKind", item_id AS "itemId", reviewer_id AS "reviewerId",
  ${REVIEW_CRITERIA.map((criterion) => `${SCORE_COLUMN[criterion]} AS "${criterion}"`).join(', ')},
  comment, created_at AS "createdAt", updated_at AS "updatedAt"`;

export type ReviewScores = Record<ReviewCriterion, number> & { comment: string };

@Injectable()
export class ReviewsRepository {
  /** Oldest first. */
  listForItem(db: Queryable, item: ReviewItemRef): Promise<ReviewEntity[]> {
    return rows<ReviewEntity>(db, `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE item_kind = $1 AND item_id = $2 ORDER BY created_at, id`, [
      item.kind,
      item.id,
    ]);
  }

  /** The reviewer's review of the item, locked until the transaction ends. */
  lockOf(db: Queryable, item: ReviewItemRef, reviewerId: string): Promise<ReviewEntity | undefined> {
    return firstRow<ReviewEntity>(
      db,
      `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE item_kind = $1 AND item_id = $2 AND reviewer_id = $3 FOR UPDATE`,
      [item.kind, item.id, reviewerId],
    );
  }

  /** Inserts or replaces: the unique key decides, also when one reviewer submits twice at once. */
  async upsert(db: Queryable, item: ReviewItemRef, reviewerId: string, scores: ReviewScores): Promise<ReviewEntity> {
    const row = await firstRow<ReviewEntity>(
      db,
      `INSERT INTO reviews (item_kind, item_id, reviewer_id, ${SCORE_COLUMNS.join(', ')}, comment)
       VALUES ($1, $2, $3, ${SCORE_COLUMNS.map((_, index) => `$${index + 4}`).join(', ')}, $${SCORE_COLUMNS.length + 4})
       ON CONFLICT (item_kind, item_id, reviewer_id) DO UPDATE SET
         ${SCORE_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, comment = EXCLUDED.comment, updated_at = now()
       RETURNING ${REVIEW_COLUMNS}`,
      [item.kind, item.id, reviewerId, ...REVIEW_CRITERIA.map((criterion) => scores[criterion]), scores.comment],
    );
    return row!;
  }

  /** How many reviews the item has, and whether one of them is the account's. */
  async tally(db: Queryable, item: ReviewItemRef, accountId: string): Promise<{ count: number; byMe: boolean }> {
    const row = await firstRow<{ count: number; byMe: boolean }>(
      db,
      `SELECT count(*)::int AS count, coalesce(bool_or(reviewer_id = $3), false) AS "byMe"
         FROM reviews WHERE item_kind = $1 AND item_id = $2`,
      [item.kind, item.id, accountId],
    );
    return row!;
  }
}
