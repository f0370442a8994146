import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { Queryable } from '../platform/database/database';
import { RecusalService } from '../recommendations/recusal.service';

export interface Eligibility {
  /** Board members (chair included) whose accounts are in use and who are not recused, in id order. */
  eligible: string[];
  /** Board members recused from this recommendation, each with the reason, in id order. */
  recused: Map<string, string>;
}

/** Who may vote on a recommendation at this moment: the board, less those with a conflict of interest. */
@Injectable()
export class VoteEligibilityService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly recusals: RecusalService,
  ) {}

  async of(db: Queryable, recommendationId: string): Promise<Eligibility> {
    const board = await this.accounts.boardMemberIds(db);
    const reasons = await this.recusals.recusedMembers(recommendationId, board, db);
    // In board order, as the record keeps them.
    const recused = new Map(board.filter((id) => reasons.has(id)).map((id) => [id, reasons.get(id)!]));
    return { eligible: board.filter((id) => !recused.has(id)), recused };
  }

  async isRecused(db: Queryable, recommendationId: string, memberId: string): Promise<boolean> {
    return (await this.recusals.recusedMembers(recommendationId, [memberId], db)).has(memberId);
  }
}
