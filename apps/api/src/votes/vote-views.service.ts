import { VoteChoice, VoteResult } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database';
import { NotFoundError } from '../platform/graphql/errors';
import { VoteEligibilityService } from './vote-eligibility.service';
import type { VoteRecordView, VoteView } from './votes.models';
import { BallotRow, VoteRow, VotesRepository } from './votes.repository';
import { ballotsCast, EMPTY_TALLY, Tally, tallyOf, voteResult } from './votes.rules';

/** What a closed vote's record is made of, before its members are named. */
interface Outcome {
  result: VoteResult;
  tally: Tally;
  eligibleCount: number;
  closedAt: Date;
  ballots: { memberId: string; choice: VoteChoice }[];
  recused: Set<string>;
}

/** The votes still without a recorded close: counted now, as the close would count them. */
interface Running {
  eligibleCount: number;
  recused: ReadonlySet<string>;
  tallies: Map<string, Tally>;
  outcomes: Map<string, Outcome>;
}

const NONE_RUNNING: Running = { eligibleCount: 0, recused: new Set(), tallies: new Map(), outcomes: new Map() };

function byVote<Row extends { voteId: string }>(found: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of found) {
    const group = grouped.get(row.voteId);
    if (group) group.push(row);
    else grouped.set(row.voteId, [row]);
  }
  return grouped;
}

const idsOf = (votes: VoteRow[]) => votes.map((vote) => vote.id);

/**
 * Votes as a caller sees them: live counts while open (only once they have voted), the record once closed. A vote
 * past its closing time reads as closed, counted as its close would count it, whether or not the close is recorded
 * yet: reading never records it. However many votes are read, they cost a fixed number of queries.
 */
@Injectable()
export class VoteViewsService {
  constructor(
    private readonly database: Database,
    private readonly votes: VotesRepository,
    private readonly eligibility: VoteEligibilityService,
    private readonly accounts: AccountsRepository,
  ) {}

  /** Newest first. */
  async forRecommendation(actor: Actor, recommendationId: string): Promise<VoteView[]> {
    return this.views(actor, recommendationId, await this.votes.ofRecommendation(this.database.pool, recommendationId));
  }

  async one(actor: Actor, voteId: string): Promise<VoteView> {
    const vote = await this.votes.find(this.database.pool, voteId);
    if (!vote) throw new NotFoundError('Vote');
    const [view] = await this.views(actor, vote.recommendationId, [vote]);
    return view;
  }

  /** The record of the latest vote that passed this revision, or null. */
  async passedRecord(recommendationId: string, revisionNumber: number): Promise<VoteRecordView | null> {
    const vote = await this.votes.latestPassed(this.database.pool, recommendationId, revisionNumber);
    return vote ? (await this.records([vote], await this.recorded([vote]))).get(vote.id)! : null;
  }

  /** Votes of one recommendation. */
  private async views(actor: Actor, recommendationId: string, votes: VoteRow[]): Promise<VoteView[]> {
    if (votes.length === 0) return [];
    const [mine, recorded, running] = await Promise.all([
      this.votes.choicesOf(this.database.pool, idsOf(votes), actor.accountId),
      this.recorded(votes.filter((vote) => vote.closedAt !== null)),
      this.running(
        recommendationId,
        votes.filter((vote) => vote.closedAt === null),
      ),
    ]);
    const outcomes = new Map([...recorded, ...running.outcomes]);
    const records = await this.records(votes, outcomes);
    return votes.map((vote) => {
      const myChoice = mine.get(vote.id) ?? null;
      const base = {
        id: vote.id,
        recommendationId: vote.recommendationId,
        revisionNumber: vote.revisionNumber,
        openedAt: vote.openedAt,
        closesAt: vote.closesAt,
        quorum: Number(vote.quorum),
        myChoice,
      };
      const record = records.get(vote.id);
      if (record) {
        const { result, tally, eligibleCount, closedAt } = record;
        const recusedMe = outcomes.get(vote.id)!.recused.has(actor.accountId);
        return { ...base, closedAt, result, recusedMe, tally, eligibleCount, votesCast: ballotsCast(tally), record };
      }
      const tally = running.tallies.get(vote.id) ?? EMPTY_TALLY;
      // The running count only after voting, so that nobody votes with the crowd.
      return {
        ...base,
        closedAt: null,
        result: null,
        recusedMe: running.recused.has(actor.accountId),
        tally: myChoice ? tally : null,
        eligibleCount: running.eligibleCount,
        votesCast: ballotsCast(tally),
        record: null,
      };
    });
  }

  /** The outcomes kept when these votes closed. */
  private async recorded(closed: VoteRow[]): Promise<Map<string, Outcome>> {
    if (closed.length === 0) return new Map();
    const [ballots, recusals] = await Promise.all([
      this.votes.countedBallots(this.database.pool, idsOf(closed)),
      this.votes.recusals(this.database.pool, idsOf(closed)),
    ]);
    const [ballotsOf, recusalsOf] = [byVote(ballots), byVote(recusals)];
    return new Map(
      closed.map((vote) => [
        vote.id,
        {
          result: vote.result!,
          tally: { for: vote.tallyFor!, against: vote.tallyAgainst!, abstain: vote.tallyAbstain! },
          eligibleCount: vote.eligibleCount!,
          closedAt: vote.closedAt!,
          ballots: ballotsOf.get(vote.id) ?? [],
          recused: new Set((recusalsOf.get(vote.id) ?? []).map((recusal) => recusal.memberId)),
        },
      ]),
    );
  }

  /** Votes with no recorded close, all on one recommendation: its eligibility is taken once, as it stands now. */
  private async running(recommendationId: string, unrecorded: VoteRow[]): Promise<Running> {
    if (unrecorded.length === 0) return NONE_RUNNING;
    const db = this.database.pool;
    const { eligible, recused } = await this.eligibility.of(db, recommendationId);
    const open = unrecorded.filter((vote) => !vote.due);
    const due = unrecorded.filter((vote) => vote.due);
    const [tallies, dueBallots]: [Map<string, Tally>, BallotRow[]] = await Promise.all([
      open.length ? this.votes.tallies(db, idsOf(open), eligible) : new Map<string, Tally>(),
      due.length ? this.votes.ballotsOf(db, idsOf(due), eligible) : [],
    ]);
    const ballotsOf = byVote(dueBallots);
    const outcomes = new Map(
      due.map((vote) => {
        const ballots = ballotsOf.get(vote.id) ?? [];
        const tally = tallyOf(ballots);
        const result = voteResult(vote.quorum, eligible.length, tally);
        // Its time ran out: it closed then, as its recorded close will say.
        const outcome: Outcome = {
          result,
          tally,
          eligibleCount: eligible.length,
          closedAt: vote.closesAt,
          ballots,
          recused: new Set(recused.keys()),
        };
        return [vote.id, outcome];
      }),
    );
    return { eligibleCount: eligible.length, recused: new Set(recused.keys()), tallies, outcomes };
  }

  /** Each outcome as its record, its members named (one query for them all). */
  private async records(votes: VoteRow[], outcomes: Map<string, Outcome>): Promise<Map<string, VoteRecordView>> {
    if (outcomes.size === 0) return new Map();
    const members = new Set(
      [...outcomes.values()].flatMap((outcome) => [...outcome.ballots.map((ballot) => ballot.memberId), ...outcome.recused]),
    );
    // By name, as the record lists those recused.
    const authors = await this.accounts.authors(this.database.pool, [...members]);
    const named = new Map(authors.map((author) => [author.id, author]));
    const records = new Map<string, VoteRecordView>();
    for (const vote of votes) {
      const outcome = outcomes.get(vote.id);
      if (!outcome) continue;
      records.set(vote.id, {
        result: outcome.result,
        tally: outcome.tally,
        eligibleCount: outcome.eligibleCount,
        quorum: Number(vote.quorum),
        ballots: outcome.ballots.map(({ memberId, choice }) => ({ member: named.get(memberId)!, choice })),
        recused: authors.filter((author) => outcome.recused.has(author.id)),
        closedAt: outcome.closedAt,
        revisionNumber: vote.revisionNumber,
      });
    }
    return records;
  }
}
