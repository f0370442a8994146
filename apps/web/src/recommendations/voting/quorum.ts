import { VOTE_LIMITS } from '@ideas-hub/domain';

export const QUORUM_MESSAGES = {
  missing: 'Enter the quorum as a percentage, like 50',
  invalid: 'Enter the quorum as a number from 0.1 to 100, like 50',
} as const;

/**
 * The quorum a chair types as a percentage ("50", "66.7%") as the share the API takes (0.5, 0.667).
 * The API keeps three decimal places of the share, so one decimal place of the percentage.
 */
export function quorumFromPercent(text: string): number | null {
  const match = /^(\d{1,3}(?:\.\d)?)\s*%?$/.exec(text.trim());
  if (!match) return null;
  const share = Math.round(Number(match[1]) * 10) / 1000;
  return share >= VOTE_LIMITS.quorumMin && share <= VOTE_LIMITS.quorumMax ? share : null;
}

/** A share (0.5) as people read it (50%). */
export function percentOfQuorum(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
