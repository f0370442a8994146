import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { ReviewItemRef } from './reviews.inputs';

/** Who the chair (or an administrator) asked to review which item: once per member and item. */
@Injectable()
export class ReviewAssignmentsRepository {
  /** The item's reviewers in the order asked. */
  async reviewersOf(db: Queryable, item: ReviewItemRef): Promise<string[]> {
    const row = await firstRow<{ reviewerIds: string[] }>(
      db,
      `SELECT coalesce(array_agg(reviewer_id ORDER BY created_at, reviewer_id), '{}') AS "reviewerIds"
         FROM review_assignments WHERE item_kind = $1 AND item_id = $2`,
      [item.kind, item.id],
    );
    return row!.reviewerIds;
  }

  /** False when the member was asked already: asking again changes nothing. */
  async assign(db: Queryable, item: ReviewItemRef, reviewerId: string, assignedBy: string): Promise<boolean> {
    const inserted = await rows(
      db,
      `INSERT INTO review_assignments (item_kind, item_id, reviewer_id, assigned_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING reviewer_id`,
      [item.kind, item.id, reviewerId, assignedBy],
    );
    return inserted.length > 0;
  }
}
