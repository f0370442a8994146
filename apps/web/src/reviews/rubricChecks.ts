import { LIMITS, REVIEW_CRITERIA, REVIEW_MESSAGES, type ReviewCriterion } from '@ideas-hub/domain';
import { radioId } from '../ui/ids';
import type { FieldErrors } from '../ui/useFormErrors';
import type { Checked } from '../ui/useFormSubmit';

export type RubricField = ReviewCriterion | 'comment';

/** As the form holds it: each score is the chosen radio's value, '' until one is chosen. */
export type RubricForm = Record<ReviewCriterion, string> & { comment: string };

export type RubricScores = Record<ReviewCriterion, number> & { comment: string };

export const SCORES: readonly number[] = Array.from(
  { length: LIMITS.reviewScoreMax - LIMITS.reviewScoreMin + 1 },
  (_, index) => LIMITS.reviewScoreMin + index,
);

/** Where the error summary leads for each field: a criterion's first score, or the comment box. */
export const RUBRIC_FIELD_IDS = {
  ...(Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, radioId(criterion, String(SCORES[0]))])) as Record<
    ReviewCriterion,
    string
  >),
  comment: 'review-comment',
} satisfies Record<RubricField, string>;

export function emptyRubric(): RubricForm {
  return { ...(Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, ''])) as Record<ReviewCriterion, string>), comment: '' };
}

/** Every criterion needs a score from the scale and the comment says why: the API refuses anything less. */
export function checkRubric(form: RubricForm): Checked<RubricScores, RubricField> {
  const errors: FieldErrors<RubricField> = {};
  const scores = {} as Record<ReviewCriterion, number>;
  for (const criterion of REVIEW_CRITERIA) {
    const score = Number(form[criterion]);
    if (form[criterion] === '' || !SCORES.includes(score)) errors[criterion] = REVIEW_MESSAGES.scoreOutOfRange(criterion);
    else scores[criterion] = score;
  }
  const comment = form.comment.trim();
  if (!comment) errors.comment = REVIEW_MESSAGES.commentMissing;
  else if (comment.length > LIMITS.commentMax) errors.comment = REVIEW_MESSAGES.commentTooLong;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: { ...scores, comment } };
}
