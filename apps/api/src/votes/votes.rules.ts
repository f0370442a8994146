import { VOTE_LIMITS, VOTE_MESSAGES, VoteChoice, VoteResult } from '@ideas-hub/domain';

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

export const EMPTY_TALLY: Readonly<Tally> = { for: 0, against: 0, abstain: 0 };

export const TALLY_KEY: Readonly<Record<VoteChoice, keyof Tally>> = {
  [VoteChoice.FOR]: 'for',
  [VoteChoice.AGAINST]: 'against',
  [VoteChoice.ABSTAIN]: 'abstain',
};

/** The ballots counted by choice. */
export function tallyOf(ballots: readonly { choice: VoteChoice }[]): Tally {
  const tally = { ...EMPTY_TALLY };
  for (const ballot of ballots) tally[TALLY_KEY[ballot.choice]] += 1;
  return tally;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/** The quorum in thousandths, as PostgreSQL stores it (numeric(4,3)): whole numbers keep 0.1 × 30 at exactly 3. */
export function quorumThousandths(quorum: number | string): number {
  return Math.round(Number(quorum) * 1000);
}

/** Ballots needed for a quorum of `eligible` members; never zero, so a vote nobody could cast never passes. */
export function ballotsNeeded(quorum: number | string, eligible: number): number {
  return Math.max(1, Math.ceil((quorumThousandths(quorum) * eligible) / 1000));
}

export function ballotsCast(tally: Tally): number {
  return tally.for + tally.against + tally.abstain;
}

export function voteResult(quorum: number | string, eligible: number, tally: Tally): VoteResult {
  if (ballotsCast(tally) < ballotsNeeded(quorum, eligible)) return VoteResult.NO_QUORUM;
  return tally.for > tally.against ? VoteResult.PASSED : VoteResult.REJECTED;
}

/** Why a closing time cannot be accepted, or null when it can. */
export function closesAtProblem(closesAt: Date, now: Date): string | null {
  if (closesAt.getTime() < now.getTime() + VOTE_LIMITS.openMinutesMin * MINUTE) return VOTE_MESSAGES.closesAtPast;
  if (closesAt.getTime() > now.getTime() + VOTE_LIMITS.openDaysMax * DAY) return VOTE_MESSAGES.closesAtTooFar;
  return null;
}
