import { REVIEW_CRITERIA } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { changedFields, pick } from '../audit/diff';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database';
import { ReviewTargetsService } from './review-targets.service';
import type { ReviewEntity } from './reviews.entity';
import type { ReviewItemRef, SubmitReviewInput } from './reviews.inputs';
import { ReviewsRepository } from './reviews.repository';
import { assertReviewable, canSeeScores, CriterionMeans, meansOf } from './reviews.rules';

const REVIEWED_FIELDS = [...REVIEW_CRITERIA, 'comment'] as const;

export interface ReviewSummary {
  itemKind: ReviewItemRef['kind'];
  itemId: string;
  reviewCount: number;
  means: CriterionMeans | null;
  reviews: ReviewEntity[];
  myReview: ReviewEntity | null;
  canSeeScores: boolean;
}

@Injectable()
export class ReviewsService {
  constructor(
    private readonly database: Database,
    private readonly reviews: ReviewsRepository,
    private readonly targets: ReviewTargetsService,
    private readonly audit: AuditService,
  ) {}

  /** One review per reviewer and item: submitting again replaces the scores and comment. */
  async submit(actor: Actor, input: SubmitReviewInput): Promise<ReviewEntity> {
    return this.database.transaction(async (tx) => {
      assertReviewable(await this.targets.find(tx, actor, input.item));
      const previous = await this.reviews.lockOf(tx, input.item, actor.accountId);
      const review = await this.reviews.upsert(tx, input.item, actor.accountId, input);
      await this.audit.record(tx, {
        actor,
        action: 'submitReview',
        entityType: 'Review',
        entityId: review.id,
        ...(previous
          ? changedFields(previous, review, REVIEWED_FIELDS)
          : { after: pick(review, ['itemKind', 'itemId', ...REVIEWED_FIELDS]) }),
      });
      return review;
    });
  }

  async summary(actor: Actor, ref: ReviewItemRef): Promise<ReviewSummary> {
    await this.targets.find(this.database.pool, actor, ref);
    const reviews = await this.reviews.listForItem(this.database.pool, ref);
    const myReview = reviews.find((review) => review.reviewerId === actor.accountId) ?? null;
    const visible = canSeeScores(actor.roles, myReview !== null);
    return {
      itemKind: ref.kind,
      itemId: ref.id,
      reviewCount: reviews.length,
      means: visible ? meansOf(reviews) : null,
      reviews: visible ? reviews : [],
      myReview,
      canSeeScores: visible,
    };
  }
}
