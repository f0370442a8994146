import { BOARD_ROLES } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecusalService } from '../recommendations/recommendations.conflicts';
import type { Tally } from './votes.rules';

export interface Eligibility {
  /** Board members (chair included) whose accounts are in use and who are not recused. */
  eligible: string[];
  /** Board members recused from this recommendation, each with the reason. */
  recused: Map<string, string>;
}

/** The chair and members of the board whose accounts are in use: they, less the recused, may vote. */
const ON_BOARD = `roles && $1::text[] AND disabled_at IS NULL`;

/** Who may vote on a recommendation at this moment: the board, less those with a conflict of interest. */
@Injectable()
export class VoteEligibility {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recusals: RecusalService,
  ) {}

  async of(recommendationId: string, manager: EntityManager = this.db.manager): Promise<Eligibility> {
    const board: { id: string }[] = await manager.query(`SELECT id FROM accounts WHERE ${ON_BOARD} ORDER BY id`, [BOARD_ROLES]);
    const allRecused = await this.recusals.recusedMembers(recommendationId, null, manager);
    const recused = new Map(board.filter(({ id }) => allRecused.has(id)).map(({ id }) => [id, allRecused.get(id)!]));
    return { eligible: board.map(({ id }) => id).filter((id) => !recused.has(id)), recused };
  }

  async isRecused(recommendationId: string, memberId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return (await this.recusals.recusedMembers(recommendationId, [memberId], manager)).has(memberId);
  }

  /**
   * The running figures of an open vote, counted in the database (the board may be large): how
   * many may vote, and the ballots of those among them; and whether this member is recused.
   */
  async running(
    voteId: string,
    recommendationId: string,
    memberId: string,
  ): Promise<{ eligibleCount: number; tally: Tally; recused: boolean }> {
    const recused = await this.recusals.recusedMembers(recommendationId);
    const [row]: (Tally & { eligible: number })[] = await this.db.query(
      `WITH eligible AS (SELECT id FROM accounts WHERE ${ON_BOARD} AND NOT (id = ANY($3::uuid[])))
       SELECT (SELECT count(*)::int FROM eligible) AS eligible,
              count(*) FILTER (WHERE b.choice = 'FOR')::int AS for,
              count(*) FILTER (WHERE b.choice = 'AGAINST')::int AS against,
              count(*) FILTER (WHERE b.choice = 'ABSTAIN')::int AS abstain
         FROM ballots b JOIN eligible ON eligible.id = b.member_id WHERE b.vote_id = $2`,
      [BOARD_ROLES, voteId, [...recused.keys()]],
    );
    return {
      eligibleCount: row.eligible,
      tally: { for: row.for, against: row.against, abstain: row.abstain },
      recused: recused.has(memberId),
    };
  }
}
