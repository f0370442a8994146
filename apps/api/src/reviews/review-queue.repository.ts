import { LIMITS, REVIEWABLE_IDEA_STATUSES, REVIEWABLE_REPORT_STATUSES, ReviewItemKind } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { ReviewItemRef, ReviewQueueArgs } from './reviews.inputs';
import type { ReviewItemRow } from './reviews.models';

export interface QueueCount {
  kind: ReviewItemKind;
  status: string;
  count: number;
}

/**
 * The one place reviews read the ideas' and reports' tables: the queue is a single list over both, ordered by
 * when each arrived and filtered by status and assignment, with its counts from the same rows. Asking the two
 * domains for every queued item and merging them here would read more and order less well.
 */
const QUEUED = `
  WITH queued AS (
    SELECT '${ReviewItemKind.IDEA}' AS kind, id, title, status, submitted_at, theme_id
      FROM ideas WHERE status = ANY('{${REVIEWABLE_IDEA_STATUSES.join(',')}}'::text[]) AND hidden_at IS NULL
    UNION ALL
    SELECT '${ReviewItemKind.REPORT}', id, guidance, status, created_at, theme_id
      FROM practice_gap_reports WHERE status = ANY('{${REVIEWABLE_REPORT_STATUSES.join(',')}}'::text[])
  )`;
// $1 is the caller in every queue statement; $2 in the counts and the list means only items assigned to them.
const ASSIGNED_TO_ME = `EXISTS (SELECT 1 FROM review_assignments mine
  WHERE mine.item_kind = queued.kind AND mine.item_id = queued.id AND mine.reviewer_id = $1)`;
const SCOPE = `($2::boolean IS NOT TRUE OR ${ASSIGNED_TO_ME})`;
/** Every queued item with its reviewers and reviews, as the queue shows it: the list and the single item filter it. */
const QUEUED_ITEMS = `${QUEUED}
  SELECT queued.kind, queued.id, queued.title, queued.status, queued.submitted_at AS "submittedAt", queued.theme_id AS "themeId",
         coalesce(assigned.reviewer_ids, '{}') AS "reviewerIds",
         coalesce($1 = ANY(assigned.reviewer_ids), false) AS "assignedToMe",
         reviewed.count AS "reviewCount", reviewed.by_me AS "reviewedByMe"
    FROM queued
    LEFT JOIN LATERAL (
      SELECT array_agg(reviewer_id ORDER BY created_at, reviewer_id) AS reviewer_ids FROM review_assignments assignment
       WHERE assignment.item_kind = queued.kind AND assignment.item_id = queued.id) assigned ON true
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS count, coalesce(bool_or(review.reviewer_id = $1), false) AS by_me FROM reviews review
       WHERE review.item_kind = queued.kind AND review.item_id = queued.id) reviewed`;

@Injectable()
export class ReviewQueueRepository {
  counts(db: Queryable, accountId: string, assignedToMe: boolean): Promise<QueueCount[]> {
    return rows<QueueCount>(
      db,
      `${QUEUED} SELECT kind, status, count(*)::int AS count FROM queued WHERE ${SCOPE} GROUP BY kind, status ORDER BY kind, status`,
      [accountId, assignedToMe],
    );
  }

  /** Queued items matching the filters, the longest waiting first. */
  items(db: Queryable, accountId: string, filters: ReviewQueueArgs): Promise<ReviewItemRow[]> {
    return rows<ReviewItemRow>(
      db,
      `${QUEUED_ITEMS}
        WHERE ${SCOPE} AND ($3::text IS NULL OR queued.kind = $3) AND ($4::text IS NULL OR queued.status = $4)
        ORDER BY queued.submitted_at, queued.id
        LIMIT ${LIMITS.reviewQueueMax}`,
      [accountId, filters.assignedToMe ?? false, filters.kind ?? null, filters.status ?? null],
    );
  }

  /** The item as the queue lists it; undefined when it is not in the queue. */
  item(db: Queryable, accountId: string, ref: ReviewItemRef): Promise<ReviewItemRow | undefined> {
    return firstRow<ReviewItemRow>(db, `${QUEUED_ITEMS} WHERE queued.kind = $2 AND queued.id = $3`, [accountId, ref.kind, ref.id]);
  }
}
