import { VoteChoice, VoteResult } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { VoteEntity } from './votes.entity';
import type { Tally } from './votes.rules';

/** A vote as stored, and whether its closing time has passed with no close recorded yet: it then reads as closed. */
export interface VoteRow extends VoteEntity {
  due: boolean;
}

export interface NewVote {
  recommendationId: string;
  revisionNumber: number;
  quorum: number;
  openedBy: string;
  closesAt: Date;
}

export interface BallotRow {
  voteId: string;
  memberId: string;
  choice: VoteChoice;
}

/** What casting finds once the vote is locked, all as of one instant (`at`, which the ballot is stored with). */
export interface CastState {
  open: boolean;
  due: boolean;
  at: string;
  before: VoteChoice | null;
}

const VOTE_COLUMNS = `id, recommendation_id AS "recommendationId", revision_number AS "revisionNumber", quorum, opened_by AS "openedBy",
  opened_at AS "openedAt", closes_at AS "closesAt", closed_at AS "closedAt", result, eligible_count AS "eligibleCount",
  tally_for AS "tallyFor", tally_against AS "tallyAgainst", tally_abstain AS "tallyAbstain",
  (closed_at IS NULL AND closes_at <= clock_timestamp()) AS due`;

const BALLOT_COLUMNS = `vote_id AS "voteId", member_id AS "memberId", choice`;

/** Still taking ballots: not closed, and its time has not run out. */
const OPEN = `closed_at IS NULL AND closes_at > clock_timestamp()`;

function isOneOpenVoteViolation(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === 'votes_one_open';
}

/** Votes, their ballots and the recusals kept with each closed one. */
@Injectable()
export class VotesRepository {
  find(db: Queryable, id: string): Promise<VoteRow | undefined> {
    return firstRow(db, `SELECT ${VOTE_COLUMNS} FROM votes WHERE id = $1`, [id]);
  }

  /**
   * As find, locking the row for the rest of the transaction. Casting and closing both take this lock, so a ballot
   * either commits before the close (and is counted) or waits for it and then finds the vote closed: it is never
   * stored after the close. An exclusive lock rather than a shared one for casting: waiters queue in turn, so a
   * stream of ballots cannot hold off the chair's close.
   */
  lock(db: Queryable, id: string): Promise<VoteRow | undefined> {
    return firstRow(db, `SELECT ${VOTE_COLUMNS} FROM votes WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Newest first. */
  ofRecommendation(db: Queryable, recommendationId: string): Promise<VoteRow[]> {
    return rows(db, `SELECT ${VOTE_COLUMNS} FROM votes WHERE recommendation_id = $1 ORDER BY opened_at DESC, id DESC`, [recommendationId]);
  }

  /** The latest vote that passed this revision. */
  latestPassed(db: Queryable, recommendationId: string, revisionNumber: number): Promise<VoteRow | undefined> {
    return firstRow(
      db,
      `SELECT ${VOTE_COLUMNS} FROM votes WHERE recommendation_id = $1 AND revision_number = $2 AND result = $3
        ORDER BY closed_at DESC LIMIT 1`,
      [recommendationId, revisionNumber, VoteResult.PASSED],
    );
  }

  /** The result of the latest vote closed on this revision, or null when none has closed. */
  async latestResult(db: Queryable, recommendationId: string, revisionNumber: number): Promise<VoteResult | null> {
    const latest = await firstRow<{ result: VoteResult }>(
      db,
      `SELECT result FROM votes WHERE recommendation_id = $1 AND revision_number = $2 AND closed_at IS NOT NULL
        ORDER BY closed_at DESC, opened_at DESC LIMIT 1`,
      [recommendationId, revisionNumber],
    );
    return latest?.result ?? null;
  }

  async hasOpen(db: Queryable, recommendationId: string): Promise<boolean> {
    return Boolean(await firstRow(db, `SELECT 1 FROM votes WHERE recommendation_id = $1 AND ${OPEN}`, [recommendationId]));
  }

  /** Those past their closing time with no close recorded (of one recommendation, when given), the earliest first. */
  async dueIds(db: Queryable, recommendationId: string | null): Promise<string[]> {
    const due = await rows<{ id: string }>(
      db,
      `SELECT id FROM votes WHERE closed_at IS NULL AND closes_at <= clock_timestamp() AND ($1::uuid IS NULL OR recommendation_id = $1)
        ORDER BY closes_at`,
      [recommendationId],
    );
    return due.map((row) => row.id);
  }

  /** What keeps a new vote from opening on this revision: a vote still not closed, else the latest that passed it. */
  blocking(db: Queryable, recommendationId: string, revisionNumber: number): Promise<Pick<VoteEntity, 'id' | 'closedAt'> | undefined> {
    return firstRow(
      db,
      `SELECT id, closed_at AS "closedAt" FROM votes
        WHERE recommendation_id = $1 AND (closed_at IS NULL OR (revision_number = $2 AND result = $3))
        ORDER BY closed_at DESC NULLS FIRST LIMIT 1`,
      [recommendationId, revisionNumber, VoteResult.PASSED],
    );
  }

  /** The new vote's id, or null when another is open on the recommendation: the unique index settles two openings racing. */
  async insert(db: Queryable, vote: NewVote): Promise<string | null> {
    try {
      const inserted = await firstRow<{ id: string }>(
        db,
        `INSERT INTO votes (recommendation_id, revision_number, quorum, opened_by, closes_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [vote.recommendationId, vote.revisionNumber, vote.quorum, vote.openedBy, vote.closesAt],
      );
      return inserted!.id;
    } catch (error) {
      if (isOneOpenVoteViolation(error)) return null;
      throw error;
    }
  }

  /** Read once the vote's lock is ours: a close that got in first is seen here, and the choice before is exact. */
  async castState(db: Queryable, voteId: string, memberId: string): Promise<CastState> {
    const state = await firstRow<CastState>(
      db,
      `SELECT (v.closed_at IS NULL AND v.closes_at > t.at) AS open, (v.closed_at IS NULL AND v.closes_at <= t.at) AS due,
              t.at::text AS at, b.choice AS before
         FROM votes v CROSS JOIN (SELECT clock_timestamp() AS at) t LEFT JOIN ballots b ON b.vote_id = v.id AND b.member_id = $2
        WHERE v.id = $1`,
      [voteId, memberId],
    );
    return state!;
  }

  /** One row per member and vote: casting again replaces the choice. */
  async saveBallot(db: Queryable, voteId: string, memberId: string, choice: VoteChoice, at: string): Promise<void> {
    await rows(
      db,
      `INSERT INTO ballots (vote_id, member_id, choice, cast_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (vote_id, member_id) DO UPDATE SET choice = EXCLUDED.choice, updated_at = EXCLUDED.updated_at`,
      [voteId, memberId, choice, at],
    );
  }

  /** Keeps with the vote who was recused when it closed, and why. */
  async saveRecusals(db: Queryable, voteId: string, recused: ReadonlyMap<string, string>): Promise<void> {
    if (recused.size === 0) return;
    await rows(
      db,
      `INSERT INTO vote_recusals (vote_id, member_id, reason)
       SELECT $1, member, reason FROM unnest($2::uuid[], $3::text[]) AS r(member, reason)`,
      [voteId, [...recused.keys()], [...recused.values()]],
    );
  }

  /** Marks each ballot counted or not (its member could vote at the close, or not) and returns them all. */
  countBallots(db: Queryable, voteId: string, eligible: readonly string[]): Promise<{ choice: VoteChoice; counted: boolean }[]> {
    return rows(db, `UPDATE ballots SET counted = (member_id = ANY($2::uuid[])) WHERE vote_id = $1 RETURNING choice, counted`, [
      voteId,
      eligible,
    ]);
  }

  /**
   * Records the close and returns when it happened. clock_timestamp, not now(): the close happens once the lock is
   * ours, after every ballot that got in first. A vote that ran out of time closed when its time ran out.
   */
  async saveClose(db: Queryable, voteId: string, result: VoteResult, eligibleCount: number, tally: Tally): Promise<Date> {
    const closed = await firstRow<{ closedAt: Date }>(
      db,
      `UPDATE votes SET closed_at = LEAST(clock_timestamp(), closes_at), result = $2, eligible_count = $3,
              tally_for = $4, tally_against = $5, tally_abstain = $6
        WHERE id = $1 RETURNING closed_at AS "closedAt"`,
      [voteId, result, eligibleCount, tally.for, tally.against, tally.abstain],
    );
    return closed!.closedAt;
  }

  /** One member's ballot on each of these votes (if any). */
  async choicesOf(db: Queryable, voteIds: readonly string[], memberId: string): Promise<Map<string, VoteChoice>> {
    const found = await rows<{ voteId: string; choice: VoteChoice }>(
      db,
      `SELECT vote_id AS "voteId", choice FROM ballots WHERE vote_id = ANY($1::uuid[]) AND member_id = $2`,
      [voteIds, memberId],
    );
    return new Map(found.map((row) => [row.voteId, row.choice]));
  }

  /** The ballots counted when these votes closed. */
  countedBallots(db: Queryable, voteIds: readonly string[]): Promise<BallotRow[]> {
    return rows(db, `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE vote_id = ANY($1::uuid[]) AND counted`, [voteIds]);
  }

  /** The ballots these members cast on these votes. */
  ballotsOf(db: Queryable, voteIds: readonly string[], memberIds: readonly string[]): Promise<BallotRow[]> {
    return rows(db, `SELECT ${BALLOT_COLUMNS} FROM ballots WHERE vote_id = ANY($1::uuid[]) AND member_id = ANY($2::uuid[])`, [
      voteIds,
      memberIds,
    ]);
  }

  /** Who was recused from each of these votes when it closed. */
  recusals(db: Queryable, voteIds: readonly string[]): Promise<{ voteId: string; memberId: string }[]> {
    return rows(db, `SELECT vote_id AS "voteId", member_id AS "memberId" FROM vote_recusals WHERE vote_id = ANY($1::uuid[])`, [voteIds]);
  }

  /**
   * The running count of each of these votes, counted in the database (the board may be large): the ballots of these
   * members only.
   */
  async tallies(db: Queryable, voteIds: readonly string[], memberIds: readonly string[]): Promise<Map<string, Tally>> {
    const found = await rows<Tally & { voteId: string }>(
      db,
      `SELECT vote_id AS "voteId", count(*) FILTER (WHERE choice = 'FOR')::int AS for,
              count(*) FILTER (WHERE choice = 'AGAINST')::int AS against, count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain
         FROM ballots WHERE vote_id = ANY($1::uuid[]) AND member_id = ANY($2::uuid[]) GROUP BY vote_id`,
      [voteIds, memberIds],
    );
    return new Map(found.map(({ voteId, ...tally }) => [voteId, tally]));
  }

  /** Open votes closing within this many hours. */
  closingWithin(db: Queryable, hours: number): Promise<Pick<VoteEntity, 'id' | 'recommendationId' | 'closesAt'>[]> {
    return rows(
      db,
      `SELECT id, recommendation_id AS "recommendationId", closes_at AS "closesAt" FROM votes
        WHERE ${OPEN} AND closes_at <= clock_timestamp() + make_interval(hours => $1)`,
      [hours],
    );
  }

  /** Who has voted on a vote. */
  async voters(db: Queryable, voteId: string): Promise<Set<string>> {
    const found = await rows<{ memberId: string }>(db, `SELECT member_id AS "memberId" FROM ballots WHERE vote_id = $1`, [voteId]);
    return new Set(found.map((row) => row.memberId));
  }
}
