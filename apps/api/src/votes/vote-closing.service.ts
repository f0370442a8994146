import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { NotFoundError } from '../platform/graphql/errors';
import { VoteEligibilityService } from './vote-eligibility.service';
import { VoteRow, VotesRepository } from './votes.repository';
import { tallyOf, voteResult } from './votes.rules';

/**
 * Recording the close of a vote: by the chair, or once its closing time has passed. A vote past its time reads as
 * closed everywhere without this; its close is recorded by the scheduled sweep, or first by a mutation that acts
 * on it (casting, closing, opening another, editing or publishing the recommendation), inside its transaction.
 */
@Injectable()
export class VoteClosingService {
  constructor(
    private readonly database: Database,
    private readonly votes: VotesRepository,
    private readonly eligibility: VoteEligibilityService,
    private readonly audit: AuditService,
  ) {}

  /** Reads a vote and locks its row for the rest of the transaction (see VotesRepository.lock). */
  async lock(tx: Queryable, id: string): Promise<VoteRow> {
    const vote = await this.votes.lock(tx, id);
    if (!vote) throw new NotFoundError('Vote');
    return vote;
  }

  /**
   * Closes a vote the caller has locked for update and found open, with no actor when its time ran out. Eligibility
   * and recusals are taken as they stand now and kept with the vote, so the record never changes afterwards.
   */
  async close(tx: Queryable, vote: VoteRow, actor: Actor | null): Promise<void> {
    const { eligible, recused } = await this.eligibility.of(tx, vote.recommendationId);
    await this.votes.saveRecusals(tx, vote.id, recused);
    // A ballot counts only if its member could still vote at the close (not recused since, still on the board).
    const ballots = await this.votes.countBallots(tx, vote.id, eligible);
    const tally = tallyOf(ballots.filter((ballot) => ballot.counted));
    const result = voteResult(vote.quorum, eligible.length, tally);
    const closedAt = await this.votes.saveClose(tx, vote.id, result, eligible.length, tally);
    await this.audit.record(tx, {
      actor,
      action: 'closeVote',
      entityType: 'Vote',
      entityId: vote.id,
      before: { closedAt: null, result: null },
      after: { closedAt, result, eligibleCount: eligible.length, tally, recused: [...recused.keys()] },
    });
  }

  /** Records the close of a recommendation's votes whose time has passed, inside the caller's transaction. */
  async closeExpiredOf(tx: Queryable, recommendationId: string): Promise<void> {
    for (const id of await this.votes.dueIds(tx, recommendationId)) await this.closeIfStillOpen(tx, id);
  }

  /** For the sweep: closes every vote whose time has passed, each in its own transaction. Returns how many it closed. */
  async closeAllExpired(): Promise<number> {
    let closed = 0;
    for (const id of await this.votes.dueIds(this.database.pool, null)) {
      if (await this.database.transaction((tx) => this.closeIfStillOpen(tx, id))) closed += 1;
    }
    return closed;
  }

  private async closeIfStillOpen(tx: Queryable, id: string): Promise<boolean> {
    const vote = await this.lock(tx, id);
    // Someone else (the chair, another mutation, another instance's sweep) may have closed it meanwhile.
    if (vote.closedAt !== null) return false;
    await this.close(tx, vote, null);
    return true;
  }
}
