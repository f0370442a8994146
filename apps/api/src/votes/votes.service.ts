import { ConflictReason, RecommendationStatus, VOTE_MESSAGES, VoteChoice, VoteResult } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../platform/graphql/errors';
import { lockVote, VoteCloser } from './votes.closing';
import { VoteEligibility } from './votes.eligibility';
import { VoteRecordModel, VoteView } from './votes.models';
import { VoteQueries } from './votes.queries';
import { closesAtProblem } from './votes.rules';

/** Where a board member reads and votes on a recommendation. */
export const voteLink = (recommendationId: string) => `/board/recommendations/${recommendationId}`;

export const closingTime = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(date);

function isOneOpenVoteViolation(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === 'votes_one_open';
}

/** Opening, casting and closing votes, and what other domains need to know about them. */
@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly closer: VoteCloser,
    private readonly eligibility: VoteEligibility,
    private readonly queries: VoteQueries,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * On the current revision of a draft. The recommendation's row is locked first, as an edit
   * locks it, so a vote never opens on text that is being changed at the same instant.
   */
  async open(actor: Actor, recommendationId: string, closesAt: Date, quorum: number): Promise<VoteView> {
    const problem = closesAtProblem(closesAt, new Date());
    if (problem) throw BadUserInputError.field('closesAt', problem);
    let voteId: string;
    try {
      voteId = await this.db.transaction(async (manager) => {
        const [recommendation]: { title: string; status: RecommendationStatus; revision_number: number }[] = await manager.query(
          `SELECT title, status, revision_number FROM recommendations WHERE id = $1 FOR UPDATE`,
          [recommendationId],
        );
        if (!recommendation) throw new NotFoundError('Recommendation');
        if (recommendation.status !== RecommendationStatus.DRAFT)
          throw new ConflictError(ConflictReason.ALREADY_PUBLISHED, VOTE_MESSAGES.published);
        await this.closer.closeExpired(manager, recommendationId);
        const [earlier]: { id: string; closed_at: Date | null }[] = await manager.query(
          `SELECT id, closed_at FROM votes WHERE recommendation_id = $1 AND (closed_at IS NULL OR (revision_number = $2 AND result = $3))
            ORDER BY closed_at DESC NULLS FIRST LIMIT 1`,
          [recommendationId, recommendation.revision_number, VoteResult.PASSED],
        );
        if (earlier)
          throw earlier.closed_at
            ? new ConflictError(ConflictReason.VOTE_PASSED, VOTE_MESSAGES.alreadyPassed, { voteId: earlier.id })
            : new ConflictError(ConflictReason.VOTE_OPEN, VOTE_MESSAGES.alreadyOpen, { voteId: earlier.id });
        const [vote]: { id: string }[] = await manager.query(
          `INSERT INTO votes (recommendation_id, revision_number, quorum, opened_by, closes_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [recommendationId, recommendation.revision_number, quorum, actor.accountId, closesAt],
        );
        await this.audit.record(manager, {
          actor,
          action: 'openVote',
          entityType: 'Vote',
          entityId: vote.id,
          after: { recommendationId, revisionNumber: recommendation.revision_number, closesAt, quorum },
        });
        const { eligible } = await this.eligibility.of(recommendationId, manager);
        await this.notifications.notify(
          manager,
          eligible.filter((id) => id !== actor.accountId),
          {
            kind: 'VOTE_OPENED',
            message: `A vote has opened on “${recommendation.title}” (revision ${recommendation.revision_number}). It closes on ${closingTime(closesAt)}.`,
            link: voteLink(recommendationId),
          },
        );
        return vote.id;
      });
    } catch (error) {
      // The unique index settles two openings racing past the check above.
      if (isOneOpenVoteViolation(error)) throw new ConflictError(ConflictReason.VOTE_OPEN, VOTE_MESSAGES.alreadyOpen);
      throw error;
    }
    return this.queries.one(actor, voteId);
  }

  /**
   * Casting again replaces the member's choice (one row: the primary key); the same choice again
   * changes nothing. Refused once the vote has closed or its time has run out.
   */
  async cast(actor: Actor, voteId: string, choice: VoteChoice): Promise<VoteView> {
    await this.db.transaction(async (manager) => {
      const [vote]: { recommendation_id: string }[] = await manager.query(`SELECT recommendation_id FROM votes WHERE id = $1`, [voteId]);
      if (!vote) throw new NotFoundError('Vote');
      // Checked before taking the vote's lock, to hold it briefly: the close recounts recusals anyway.
      if (await this.eligibility.isRecused(vote.recommendation_id, actor.accountId, manager))
        throw new ForbiddenError(VOTE_MESSAGES.recused);
      await lockVote(manager, voteId);
      // Read once the lock is ours: a close that got in first is seen here. Casts on one vote are
      // serialised by that lock, so the choice before is exact.
      const [{ open, at, before }]: { open: boolean; at: string; before: VoteChoice | null }[] = await manager.query(
        `SELECT (v.closed_at IS NULL AND v.closes_at > t.at) AS open, t.at::text AS at, b.choice AS before
           FROM votes v CROSS JOIN (SELECT clock_timestamp() AS at) t LEFT JOIN ballots b ON b.vote_id = v.id AND b.member_id = $2
          WHERE v.id = $1`,
        [voteId, actor.accountId],
      );
      // Refuse rather than queue: a late vote must never count.
      if (!open) throw new ConflictError(ConflictReason.VOTE_CLOSED, VOTE_MESSAGES.closed, { voteId });
      if (before === choice) return;
      await manager.query(
        `INSERT INTO ballots (vote_id, member_id, choice, cast_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (vote_id, member_id) DO UPDATE SET choice = EXCLUDED.choice, updated_at = EXCLUDED.updated_at`,
        [voteId, actor.accountId, choice, at],
      );
      await this.audit.record(manager, {
        actor,
        action: 'castVote',
        entityType: 'Vote',
        entityId: voteId,
        before: { choice: before },
        after: { choice },
      });
    });
    return this.queries.one(actor, voteId);
  }

  /** By the chair, before its closing time or after it. Closing a closed vote is refused: it was counted once. */
  async close(actor: Actor, voteId: string): Promise<VoteView> {
    await this.db.transaction(async (manager) => {
      const vote = await lockVote(manager, voteId);
      if (vote.closedAt) throw new ConflictError(ConflictReason.VOTE_CLOSED, VOTE_MESSAGES.alreadyClosed, { voteId });
      await this.closer.close(manager, vote, actor);
    });
    return this.queries.one(actor, voteId);
  }

  /** Votes on a recommendation, newest first; any whose time has run out are closed first. */
  async list(actor: Actor, recommendationId: string): Promise<VoteView[]> {
    const [recommendation] = await this.db.query(`SELECT 1 FROM recommendations WHERE id = $1`, [recommendationId]);
    if (!recommendation) throw new NotFoundError('Recommendation');
    await this.closer.closeExpired(undefined, recommendationId);
    return this.queries.forRecommendation(actor, recommendationId);
  }

  /** For a recommendation's public page: the record of the vote that passed this revision, or null. */
  async recordFor(recommendationId: string, revisionNumber: number): Promise<VoteRecordModel | null> {
    const record = await this.queries.passedRecord(recommendationId, revisionNumber);
    return record ? VoteRecordModel.from(record) : null;
  }

  /** Whether a vote is open on the recommendation, closing any whose time has run out (in the caller's transaction when given). */
  async hasOpenVote(recommendationId: string, manager?: EntityManager): Promise<boolean> {
    await this.closer.closeExpired(manager, recommendationId);
    const [open] = await (manager ?? this.db.manager).query(`SELECT 1 FROM votes WHERE recommendation_id = $1 AND closed_at IS NULL`, [
      recommendationId,
    ]);
    return Boolean(open);
  }
}
