import { Role } from '@ideas-hub/domain';
import { canSeeScores, meansOf } from './reviews.rules';

const scores = (value: number, overrides: Partial<Record<string, number>> = {}) => ({
  patientOutcomes: value,
  patientExperience: value,
  staff: value,
  feasibility: value,
  evidence: value,
  openStandards: value,
  ...overrides,
});

describe('review rules', () => {
  it('takes the mean of each criterion separately', () => {
    expect(meansOf([scores(1, { staff: 5 }), scores(4, { staff: 2 }), scores(4, { staff: 2 })])).toEqual({
      patientOutcomes: 3,
      patientExperience: 3,
      staff: 3,
      feasibility: 3,
      evidence: 3,
      openStandards: 3,
    });
    expect(meansOf([scores(2), scores(3)])?.feasibility).toBe(2.5);
  });

  it('has no means before the first review', () => {
    expect(meansOf([])).toBeNull();
  });

  it('shows scores to a reviewer only after their own review, and to administrators always', () => {
    expect(canSeeScores([Role.CONTRIBUTOR, Role.BOARD_MEMBER], false)).toBe(false);
    expect(canSeeScores([Role.CONTRIBUTOR, Role.CHAIR], false)).toBe(false);
    expect(canSeeScores([Role.CONTRIBUTOR, Role.BOARD_MEMBER], true)).toBe(true);
    expect(canSeeScores([Role.CONTRIBUTOR, Role.ADMIN], false)).toBe(true);
    // An administrator who also sits on the board reviews like any member.
    expect(canSeeScores([Role.CONTRIBUTOR, Role.ADMIN, Role.BOARD_MEMBER], false)).toBe(false);
  });
});
