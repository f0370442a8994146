import { Action, can, REVIEW_CRITERIA, ReviewCriterion, Role } from '@ideas-hub/domain';

export type CriterionMeans = Record<ReviewCriterion, number>;

/** The mean of each criterion over the given reviews; null when there are none. */
export function meansOf(reviews: readonly Record<ReviewCriterion, number>[]): CriterionMeans | null {
  if (reviews.length === 0) return null;
  const mean = (criterion: ReviewCriterion) => reviews.reduce((sum, review) => sum + review[criterion], 0) / reviews.length;
  return Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, mean(criterion)])) as CriterionMeans;
}

/**
 * Reviewers score independently: until they have submitted their own review, others' scores
 * would anchor theirs. Those who never review (administrators) are not anchored by seeing them.
 */
export function canSeeScores(roles: readonly Role[], hasReviewed: boolean): boolean {
  return hasReviewed || !can(roles, Action.SubmitReview);
}
