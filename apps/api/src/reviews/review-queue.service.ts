import {
  BOARD_ROLES,
  LIMITS,
  REVIEW_MESSAGES,
  REVIEWABLE_IDEA_STATUSES,
  REVIEWABLE_REPORT_STATUSES,
  ReviewItemKind,
  reviewItemPath,
} from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError } from '../platform/graphql/errors';
import { assertReviewable, describeTarget, findReviewTarget } from './review-items';
import type { ReviewItemRef, ReviewQueueArgs } from './reviews.inputs';
import type { ReviewItemRow } from './reviews.models';

export interface ReviewQueue {
  items: ReviewItemRow[];
  counts: { kind: ReviewItemKind; status: string; count: number }[];
  totalCount: number;
}

// Parameters shared by both queue statements: $1 the caller, $2 only items assigned to them.
const QUEUED = `
  WITH queued AS (
    SELECT '${ReviewItemKind.IDEA}' AS kind, id, title, status, submitted_at, theme_id
      FROM ideas WHERE status = ANY('{${REVIEWABLE_IDEA_STATUSES}}'::text[]) AND hidden_at IS NULL
    UNION ALL
    SELECT '${ReviewItemKind.REPORT}', id, guidance, status, created_at, theme_id
      FROM practice_gap_reports WHERE status = ANY('{${REVIEWABLE_REPORT_STATUSES}}'::text[])
  )`;
const ASSIGNED_TO_ME = `EXISTS (SELECT 1 FROM review_assignments mine
  WHERE mine.item_kind = queued.kind AND mine.item_id = queued.id AND mine.reviewer_id = $1)`;
const SCOPE = `($2::boolean IS NOT TRUE OR ${ASSIGNED_TO_ME})`;

@Injectable()
export class ReviewQueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Counts and items from one snapshot, so that the counts add up to what is listed. */
  async queue(actor: Actor, filters: ReviewQueueArgs): Promise<ReviewQueue> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const counts: ReviewQueue['counts'] = await manager.query(
        `${QUEUED} SELECT kind, status, count(*)::int AS count FROM queued WHERE ${SCOPE} GROUP BY kind, status ORDER BY kind, status`,
        [actor.accountId, filters.assignedToMe ?? false],
      );
      const items = await this.items(manager, actor, filters);
      const matches = (count: ReviewQueue['counts'][number]) =>
        (!filters.kind || count.kind === filters.kind) && (!filters.status || count.status === filters.status);
      return { items, counts, totalCount: counts.filter(matches).reduce((sum, count) => sum + count.count, 0) };
    });
  }

  /** Idempotent: asking the same member again changes nothing and notifies nobody. */
  async assign(actor: Actor, ref: ReviewItemRef, memberId: string): Promise<ReviewItemRow> {
    return this.db.transaction(async (manager) => {
      const target = await findReviewTarget(manager, actor, ref);
      assertReviewable(target);
      const [member] = await manager.query(`SELECT id FROM accounts WHERE id = $1 AND roles && $2::text[] AND disabled_at IS NULL`, [
        memberId,
        BOARD_ROLES,
      ]);
      if (!member) throw BadUserInputError.field('memberId', REVIEW_MESSAGES.memberNotOnBoard);
      const inserted = await manager.query(
        `INSERT INTO review_assignments (item_kind, item_id, reviewer_id, assigned_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING reviewer_id`,
        [ref.kind, ref.id, memberId, actor.accountId],
      );
      if (inserted.length > 0) {
        await this.audit.record(manager, {
          actor,
          action: 'assignReviewer',
          entityType: 'ReviewAssignment',
          entityId: ref.id,
          after: { itemKind: ref.kind, itemId: ref.id, reviewerId: memberId },
        });
        await this.notifications.notify(manager, [memberId], {
          kind: 'REVIEW_ASSIGNED',
          message: `You have been asked to review ${describeTarget(target)}`,
          link: reviewItemPath(ref.kind, ref.id),
        });
      }
      const [item] = await this.items(manager, actor, { kind: ref.kind }, ref.id);
      return item;
    });
  }

  /** Queued items matching the filters (or the one item), the longest waiting first. */
  private async items(
    manager: EntityManager,
    actor: Actor,
    filters: ReviewQueueArgs,
    onlyId: string | null = null,
  ): Promise<ReviewItemRow[]> {
    return manager.query(
      `${QUEUED}
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
            WHERE review.item_kind = queued.kind AND review.item_id = queued.id) reviewed
        WHERE ${SCOPE} AND ($3::text IS NULL OR queued.kind = $3) AND ($4::text IS NULL OR queued.status = $4)
          AND ($5::uuid IS NULL OR queued.id = $5)
        ORDER BY queued.submitted_at, queued.id
        LIMIT ${LIMITS.reviewQueueMax}`,
      [actor.accountId, filters.assignedToMe ?? false, filters.kind ?? null, filters.status ?? null, onlyId],
    );
  }
}
