import { REVIEW_CRITERIA, ReviewCriterion } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { changedFields, pick } from '../audit/diff';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { assertReviewable, findReviewTarget } from './review-items';
import { ReviewEntity } from './reviews.entity';
import type { ReviewItemRef, SubmitReviewInput } from './reviews.inputs';
import { canSeeScores, CriterionMeans, meansOf } from './reviews.rules';

const COLUMNS: Record<ReviewCriterion, string> = {
  patientOutcomes: 'patient_outcomes',
  patientExperience: 'patient_experience',
  staff: 'staff',
  feasibility: 'feasibility',
  evidence: 'evidence',
  openStandards: 'open_standards',
};
const SCORE_COLUMNS = REVIEW_CRITERIA.map((criterion) => COLUMNS[criterion]);
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** One review per reviewer and item: submitting again replaces the scores and comment. */
  async submit(actor: Actor, input: SubmitReviewInput): Promise<ReviewEntity> {
    return this.db.transaction(async (manager) => {
      const { kind, id } = input.item;
      assertReviewable(await findReviewTarget(manager, actor, input.item));
      const previous = await manager.findOne(ReviewEntity, {
        where: { itemKind: kind, itemId: id, reviewerId: actor.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      // The unique key decides between insert and replace, also when one reviewer submits twice at once.
      const [{ id: reviewId }] = await manager.query(
        `INSERT INTO reviews (item_kind, item_id, reviewer_id, ${SCORE_COLUMNS.join(', ')}, comment)
         VALUES ($1, $2, $3, ${SCORE_COLUMNS.map((_, index) => `$${index + 4}`).join(', ')}, $${SCORE_COLUMNS.length + 4})
         ON CONFLICT (item_kind, item_id, reviewer_id) DO UPDATE SET
           ${SCORE_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, comment = EXCLUDED.comment, updated_at = now()
         RETURNING id`,
        [kind, id, actor.accountId, ...REVIEW_CRITERIA.map((criterion) => input[criterion]), input.comment],
      );
      const review = await manager.findOneByOrFail(ReviewEntity, { id: reviewId });
      await this.audit.record(manager, {
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
    await findReviewTarget(this.db.manager, actor, ref);
    const reviews = await this.db.manager.find(ReviewEntity, {
      where: { itemKind: ref.kind, itemId: ref.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
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
