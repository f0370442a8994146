import { VoteChoice, VoteResult } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthorRow } from '../accounts/accounts.loaders';
import type { Actor } from '../platform/auth/actor';
import { NotFoundError } from '../platform/graphql/errors';
import { VoteEligibility } from './votes.eligibility';
import { VoteEntity } from './votes.entity';
import type { VoteRecordView, VoteView } from './votes.models';
import { ballotsCast } from './votes.rules';

/** Votes as a caller sees them: live counts while open (only once they have voted), the stored record once closed. */
@Injectable()
export class VoteQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eligibility: VoteEligibility,
  ) {}

  /** Newest first. */
  async forRecommendation(actor: Actor, recommendationId: string): Promise<VoteView[]> {
    const votes = await this.db.manager.find(VoteEntity, { where: { recommendationId }, order: { openedAt: 'DESC', id: 'DESC' } });
    return Promise.all(votes.map((vote) => this.view(actor, vote)));
  }

  async one(actor: Actor, voteId: string): Promise<VoteView> {
    const vote = await this.db.manager.findOneBy(VoteEntity, { id: voteId });
    if (!vote) throw new NotFoundError('Vote');
    return this.view(actor, vote);
  }

  /** The record of the latest vote that passed this revision, or null. */
  async passedRecord(recommendationId: string, revisionNumber: number): Promise<VoteRecordView | null> {
    const vote = await this.db.manager.findOne(VoteEntity, {
      where: { recommendationId, revisionNumber, result: VoteResult.PASSED },
      order: { closedAt: 'DESC' },
    });
    return vote ? this.record(vote) : null;
  }

  private async view(actor: Actor, vote: VoteEntity): Promise<VoteView> {
    const [mine]: { choice: VoteChoice }[] = await this.db.query(`SELECT choice FROM ballots WHERE vote_id = $1 AND member_id = $2`, [
      vote.id,
      actor.accountId,
    ]);
    const myChoice = mine?.choice ?? null;
    const base = {
      id: vote.id,
      recommendationId: vote.recommendationId,
      revisionNumber: vote.revisionNumber,
      openedAt: vote.openedAt,
      closesAt: vote.closesAt,
      closedAt: vote.closedAt,
      quorum: Number(vote.quorum),
      result: vote.result,
      myChoice,
    };
    if (vote.closedAt) {
      const record = await this.record(vote);
      const recusedMe = record.recused.some((member) => member.id === actor.accountId);
      return { ...base, recusedMe, tally: record.tally, eligibleCount: record.eligibleCount, votesCast: ballotsCast(record.tally), record };
    }
    const { eligibleCount, tally, recused } = await this.eligibility.running(vote.id, vote.recommendationId, actor.accountId);
    // The running count only after voting, so that nobody votes with the crowd.
    return { ...base, recusedMe: recused, tally: myChoice ? tally : null, eligibleCount, votesCast: ballotsCast(tally), record: null };
  }

  private async record(vote: VoteEntity): Promise<VoteRecordView> {
    const [ballots, recused]: [(AuthorRow & { choice: VoteChoice })[], AuthorRow[]] = await Promise.all([
      this.db.query(
        `SELECT a.id, a.name, a.profession, b.choice FROM ballots b JOIN accounts a ON a.id = b.member_id WHERE b.vote_id = $1 AND b.counted`,
        [vote.id],
      ),
      this.db.query(
        `SELECT a.id, a.name, a.profession FROM vote_recusals r JOIN accounts a ON a.id = r.member_id WHERE r.vote_id = $1 ORDER BY a.name, a.id`,
        [vote.id],
      ),
    ]);
    return {
      result: vote.result!,
      tally: { for: vote.tallyFor!, against: vote.tallyAgainst!, abstain: vote.tallyAbstain! },
      eligibleCount: vote.eligibleCount!,
      quorum: Number(vote.quorum),
      ballots: ballots.map(({ choice, ...member }) => ({ member, choice })),
      recused,
      closedAt: vote.closedAt!,
      revisionNumber: vote.revisionNumber,
    };
  }
}
