import { VoteResult } from '@ideas-hub/domain';
import type { BoardRecommendationQuery, VoteDetailFragment } from '../../graphql/generated/graphql';

type Conflicts = BoardRecommendationQuery['recommendation']['conflicts'];

/** The vote open on the recommendation, if any: the API allows one at a time. */
export function openVoteOf(votes: readonly VoteDetailFragment[]): VoteDetailFragment | null {
  return votes.find((vote) => vote.open) ?? null;
}

/** Only the revision the board passed may be published: a vote on an earlier revision does not count. */
export function passedOnRevision(votes: readonly VoteDetailFragment[], revisionNumber: number): boolean {
  return votes.some((vote) => !vote.open && vote.result === VoteResult.PASSED && vote.revisionNumber === revisionNumber);
}

/** Why the API recused this member: their own declaration, or else their register of interests. */
export function recusalReason(conflicts: Conflicts, memberId: string, organisations: readonly string[]): string {
  const declared = conflicts.find((conflict) => conflict.member.id === memberId);
  if (declared) return `You declared a conflict of interest on this recommendation: “${declared.reason}”.`;
  return `Your register of interests names an organisation this recommendation concerns (${organisations.join(', ')}).`;
}
