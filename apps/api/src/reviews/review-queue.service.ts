import { BOARD_ROLES, REVIEW_MESSAGES, reviewItemPath } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database.service';
import { BadUserInputError } from '../platform/graphql/errors';
import { ReviewAssignmentsRepository } from './review-assignments.repository';
import { QueueCount, ReviewQueueRepository } from './review-queue.repository';
import { ReviewTargetsService } from './review-targets.service';
import type { ReviewTarget } from './reviews.rules';
import type { ReviewItemRef, ReviewQueueArgs } from './reviews.inputs';
import type { ReviewItemRow } from './reviews.models';
import { ReviewsRepository } from './reviews.repository';
import { assertReviewable, describeTarget, itemNotFound } from './reviews.rules';

export interface ReviewQueue {
  items: ReviewItemRow[];
  counts: QueueCount[];
  totalCount: number;
}

@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly database: Database,
    private readonly queue: ReviewQueueRepository,
    private readonly assignments: ReviewAssignmentsRepository,
    private readonly reviews: ReviewsRepository,
    private readonly targets: ReviewTargetsService,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Counts and items from one snapshot, so that the counts add up to what is listed. */
  async list(actor: Actor, filters: ReviewQueueArgs): Promise<ReviewQueue> {
    return this.database.transaction(async (tx) => {
      const counts = await this.queue.counts(tx, actor.accountId, filters.assignedToMe ?? false);
      const items = await this.queue.items(tx, actor.accountId, filters);
      const matches = (count: QueueCount) =>
        (!filters.kind || count.kind === filters.kind) && (!filters.status || count.status === filters.status);
      return { items, counts, totalCount: counts.filter(matches).reduce((sum, count) => sum + count.count, 0) };
    }, 'REPEATABLE READ');
  }

  /** One item as the queue lists it: not found once it has left the queue, as for an item that never was in it. */
  async find(actor: Actor, ref: ReviewItemRef): Promise<ReviewItemRow> {
    const item = await this.queue.item(this.database.pool, actor.accountId, ref);
    if (!item) throw itemNotFound(ref.kind);
    return item;
  }

  /** Idempotent: asking the same member again changes nothing and notifies nobody. */
  async assign(actor: Actor, ref: ReviewItemRef, memberId: string): Promise<ReviewItemRow> {
    return this.database.transaction(async (tx) => {
      const target = await this.targets.find(tx, actor, ref);
      assertReviewable(target);
      if (!(await this.accounts.isEnabledWithAnyRole(tx, memberId, BOARD_ROLES))) {
        throw BadUserInputError.field('memberId', REVIEW_MESSAGES.memberNotOnBoard);
      }
      if (await this.assignments.assign(tx, ref, memberId, actor.accountId)) {
        await this.audit.record(tx, {
          actor,
          action: 'assignReviewer',
          entityType: 'ReviewAssignment',
          entityId: ref.id,
          after: { itemKind: ref.kind, itemId: ref.id, reviewerId: memberId },
        });
        await this.notifications.notify(tx, [memberId], {
          kind: 'REVIEW_ASSIGNED',
          message: `You have been asked to review ${describeTarget(target)}`,
          link: reviewItemPath(ref.kind, ref.id),
        });
      }
      return this.item(tx, actor, target);
    });
  }

  /** One queued item as the queue lists it, read for that item alone. */
  private async item(db: Queryable, actor: Actor, target: ReviewTarget): Promise<ReviewItemRow> {
    const reviewerIds = await this.assignments.reviewersOf(db, target);
    const reviewed = await this.reviews.tally(db, target, actor.accountId);
    return {
      kind: target.kind,
      id: target.id,
      title: target.title,
      status: target.status,
      submittedAt: target.submittedAt,
      themeId: target.themeId,
      reviewerIds,
      assignedToMe: reviewerIds.includes(actor.accountId),
      reviewCount: reviewed.count,
      reviewedByMe: reviewed.byMe,
    };
  }
}
