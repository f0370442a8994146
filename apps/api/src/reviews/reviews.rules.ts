import {
  Action,
  can,
  ConflictReason,
  IDEA_STATUS_LABELS,
  IdeaStatus,
  REPORT_STATUS_LABELS,
  ReportStatus,
  REVIEW_CRITERIA,
  REVIEWABLE_IDEA_STATUSES,
  REVIEWABLE_REPORT_STATUSES,
  ReviewCriterion,
  ReviewItemKind,
  Role,
} from '@ideas-hub/domain';
import { ConflictError, NotFoundError } from '../platform/graphql/errors';

export type CriterionMeans = Record<ReviewCriterion, number>;

/** An idea or a report as the board's review sees it. */
export interface ReviewTarget {
  kind: ReviewItemKind;
  id: string;
  title: string;
  status: string;
  hidden: boolean;
  submittedAt: Date;
  themeId: string | null;
}

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

const NOUN: Record<ReviewItemKind, string> = { [ReviewItemKind.IDEA]: 'idea', [ReviewItemKind.REPORT]: 'report' };

export function itemNotFound(kind: ReviewItemKind): NotFoundError {
  return new NotFoundError(kind === ReviewItemKind.IDEA ? 'Idea' : 'Report');
}

/** Reviews and assignments are for items still in the queue; discussion may go on afterwards. */
export function assertReviewable(target: ReviewTarget): void {
  if (target.hidden) throw new ConflictError(ConflictReason.HIDDEN, 'This idea has been hidden by a moderator');
  const awaiting =
    target.kind === ReviewItemKind.IDEA
      ? REVIEWABLE_IDEA_STATUSES.includes(target.status as IdeaStatus)
      : REVIEWABLE_REPORT_STATUSES.includes(target.status as ReportStatus);
  if (!awaiting) {
    const label =
      target.kind === ReviewItemKind.IDEA
        ? IDEA_STATUS_LABELS[target.status as IdeaStatus]
        : REPORT_STATUS_LABELS[target.status as ReportStatus];
    throw new ConflictError(
      ConflictReason.WRONG_STATUS,
      `This ${NOUN[target.kind]} is no longer awaiting review: it is ${label.toLowerCase()}`,
      {
        status: target.status,
      },
    );
  }
}

export function describeTarget(target: ReviewTarget): string {
  return target.kind === ReviewItemKind.IDEA ? `the idea “${target.title}”` : `the report on “${target.title}”`;
}
