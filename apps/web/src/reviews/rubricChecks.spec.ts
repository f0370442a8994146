import { LIMITS, REVIEW_CRITERIA, REVIEW_MESSAGES } from '@ideas-hub/domain';
import { describe, expect, it } from 'vitest';
import { checkRubric, emptyRubric } from './rubricChecks';

const scored = (score: string) => ({ ...emptyRubric(), ...Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, score])) });

describe('checking a rubric review', () => {
  it('sends each score as a number, and the comment trimmed', () => {
    expect(checkRubric({ ...scored('5'), comment: ' Clear benefit. ' })).toEqual({
      ok: true,
      input: { ...Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, 5])), comment: 'Clear benefit.' },
    });
  });

  it('names every criterion without a score on the scale, and a missing comment', () => {
    const result = checkRubric({ ...scored('3'), staff: '', openStandards: '6', comment: '  ' });
    expect(result).toEqual({
      ok: false,
      errors: {
        staff: REVIEW_MESSAGES.scoreOutOfRange('staff'),
        openStandards: REVIEW_MESSAGES.scoreOutOfRange('openStandards'),
        comment: REVIEW_MESSAGES.commentMissing,
      },
    });
  });

  it('refuses a comment longer than the API takes', () => {
    expect(checkRubric({ ...scored('3'), comment: 'x'.repeat(LIMITS.commentMax + 1) })).toEqual({
      ok: false,
      errors: { comment: REVIEW_MESSAGES.commentTooLong },
    });
  });
});
