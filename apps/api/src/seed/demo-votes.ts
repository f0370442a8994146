import { BOARD_ROLES, VoteChoice } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { EMPTY_TALLY, TALLY_KEY, voteResult } from '../votes/votes.rules';

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

const QUORUM = 0.5;
const BALLOTS: [email: string, choice: VoteChoice][] = [
  ['chair@demo.nhs.uk', VoteChoice.FOR],
  ['board1@demo.nhs.uk', VoteChoice.FOR],
  ['board2@demo.nhs.uk', VoteChoice.AGAINST],
];
const RECUSED = { email: 'board3@demo.nhs.uk', reason: 'Paid clinical adviser to a supplier of electronic patient record systems' };

/**
 * The vote that passed the demo recommendation's revision 1, so that its public page shows a
 * vote record: two for, one against, and one member recused by a declared conflict.
 */
export async function seedDemoVotes(manager: EntityManager, accountId: Map<string, string>, recommendationId: string): Promise<void> {
  const id = (email: string) => accountId.get(email)!;
  const closedAt = daysAgo(3);
  const tally = { ...EMPTY_TALLY };
  for (const [, choice] of BALLOTS) tally[TALLY_KEY[choice]] += 1;
  // The demo board, less the recused member.
  const [board]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM accounts WHERE id = ANY($1::uuid[]) AND roles && $2::text[]`,
    [[...accountId.values()], BOARD_ROLES],
  );
  const eligible = board.count - 1;

  await manager.query(`INSERT INTO conflict_declarations (recommendation_id, member_id, reason, created_at) VALUES ($1, $2, $3, $4)`, [
    recommendationId,
    id(RECUSED.email),
    RECUSED.reason,
    daysAgo(5),
  ]);
  const [vote]: { id: string }[] = await manager.query(
    `INSERT INTO votes (recommendation_id, revision_number, quorum, opened_by, opened_at, closes_at, closed_at, result,
                        eligible_count, tally_for, tally_against, tally_abstain)
     VALUES ($1, 1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      recommendationId,
      QUORUM,
      id('chair@demo.nhs.uk'),
      daysAgo(5),
      closedAt,
      voteResult(QUORUM, eligible, tally),
      eligible,
      tally.for,
      tally.against,
      tally.abstain,
    ],
  );
  await manager.query(
    `INSERT INTO ballots (vote_id, member_id, choice, cast_at, updated_at, counted)
     SELECT $1, member, choice, $4, $4, true FROM unnest($2::uuid[], $3::text[]) AS b(member, choice)`,
    [vote.id, BALLOTS.map(([email]) => id(email)), BALLOTS.map(([, choice]) => choice), daysAgo(4)],
  );
  await manager.query(`INSERT INTO vote_recusals (vote_id, member_id, reason) VALUES ($1, $2, $3)`, [
    vote.id,
    id(RECUSED.email),
    RECUSED.reason,
  ]);
}
