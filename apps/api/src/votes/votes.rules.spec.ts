import { VOTE_MESSAGES, VoteResult } from '@ideas-hub/domain';
import { ballotsNeeded, closesAtProblem, voteResult } from './votes.rules';

describe('vote rules', () => {
  it('needs the quorum share of eligible members, rounded up, without floating-point drift', () => {
    expect(ballotsNeeded(0.5, 4)).toBe(2);
    expect(ballotsNeeded(0.5, 5)).toBe(3);
    expect(ballotsNeeded('0.100', 30)).toBe(3);
    expect(ballotsNeeded('0.667', 3)).toBe(3);
    expect(ballotsNeeded(1, 7)).toBe(7);
    expect(ballotsNeeded(0.001, 50)).toBe(1);
  });

  it('never lets a vote with no eligible members reach its quorum', () => {
    expect(ballotsNeeded(0.5, 0)).toBe(1);
    expect(voteResult(0.5, 0, { for: 0, against: 0, abstain: 0 })).toBe(VoteResult.NO_QUORUM);
  });

  it('passes with the quorum met and more for than against; rejects otherwise; abstentions count towards the quorum', () => {
    expect(voteResult(0.5, 4, { for: 2, against: 0, abstain: 0 })).toBe(VoteResult.PASSED);
    expect(voteResult(0.5, 4, { for: 1, against: 0, abstain: 1 })).toBe(VoteResult.PASSED);
    expect(voteResult(0.5, 4, { for: 1, against: 1, abstain: 0 })).toBe(VoteResult.REJECTED);
    expect(voteResult(0.5, 4, { for: 0, against: 0, abstain: 2 })).toBe(VoteResult.REJECTED);
    expect(voteResult(0.5, 4, { for: 1, against: 0, abstain: 0 })).toBe(VoteResult.NO_QUORUM);
    expect(voteResult('0.750', 4, { for: 2, against: 0, abstain: 0 })).toBe(VoteResult.NO_QUORUM);
  });

  it('accepts a closing time from a minute to 60 days ahead', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(closesAtProblem(new Date('2026-01-01T11:00:00Z'), now)).toBe(VOTE_MESSAGES.closesAtPast);
    expect(closesAtProblem(new Date('2026-01-01T12:00:30Z'), now)).toBe(VOTE_MESSAGES.closesAtPast);
    expect(closesAtProblem(new Date('2026-01-01T12:01:00Z'), now)).toBeNull();
    expect(closesAtProblem(new Date('2026-03-02T12:00:00Z'), now)).toBeNull();
    expect(closesAtProblem(new Date('2026-03-02T12:00:01Z'), now)).toBe(VOTE_MESSAGES.closesAtTooFar);
  });
});
