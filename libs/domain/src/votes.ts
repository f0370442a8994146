/** A board member's ballot on one revision of a recommendation. */
export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

/** PASSED: quorum met and more FOR than AGAINST; REJECTED: quorum met otherwise; NO_QUORUM: too few ballots. */
export enum VoteResult {
  PASSED = 'PASSED',
  REJECTED = 'REJECTED',
  NO_QUORUM = 'NO_QUORUM',
}

export const VOTE_CHOICE_LABELS: Record<VoteChoice, string> = {
  [VoteChoice.FOR]: 'For',
  [VoteChoice.AGAINST]: 'Against',
  [VoteChoice.ABSTAIN]: 'Abstain',
};

export const VOTE_RESULT_LABELS: Record<VoteResult, string> = {
  [VoteResult.PASSED]: 'Passed',
  [VoteResult.REJECTED]: 'Rejected',
  [VoteResult.NO_QUORUM]: 'No quorum',
};

export const VOTE_LIMITS = {
  /** A vote stays open for at least this long, so that members have time to see it. */
  openMinutesMin: 1,
  /** And at most this long: a recommendation should not wait months on its vote. */
  openDaysMax: 60,
  /** The quorum is stored to three decimal places. */
  quorumMin: 0.001,
  quorumMax: 1,
  /** Members who have not voted are reminded when this little time is left. */
  reminderHours: 24,
} as const;

export const VOTE_MESSAGES = {
  closesAtPast: `Enter a closing time at least ${VOTE_LIMITS.openMinutesMin} minute from now`,
  closesAtTooFar: `Enter a closing time within ${VOTE_LIMITS.openDaysMax} days from now`,
  quorumRange: 'Enter the quorum as a share of the eligible members, more than 0 and at most 1, like 0.5 for half',
  recused: 'You have declared a conflict of interest on this recommendation',
  closed: 'Voting has closed',
  alreadyClosed: 'This vote has already closed',
  alreadyOpen: 'A vote is already open on this recommendation',
  published: 'This recommendation is already published',
  alreadyPassed: 'This revision of the recommendation has already passed a vote',
} as const;
