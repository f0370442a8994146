import { ConflictReason, RecommendationStatus, VOTE_LIMITS, VOTE_MESSAGES, VoteChoice } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../platform/graphql/errors';
import { RecommendationsRepository } from '../recommendations/recommendations.repository';
import { VoteClosingService } from './vote-closing.service';
import { VoteEligibilityService } from './vote-eligibility.service';
import { VoteViewsService } from './vote-views.service';
import { VoteRecordModel, VoteView } from './votes.models';
import { VotesRepository } from './votes.repository';
import { closesAtProblem } from './votes.rules';

/** Where a board member reads and votes on a recommendation. */
const voteLink = (recommendationId: string) => `/board/recommendations/${recommendationId}`;

const closingTime = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(date);

/** Opening, casting and closing votes, and what other domains need to know about them. */
@Injectable()
export class VotesService {
  constructor(
    private readonly database: Database,
    private readonly votes: VotesRepository,
    private readonly recommendations: RecommendationsRepository,
    private readonly closing: VoteClosingService,
    private readonly eligibility: VoteEligibilityService,
    private readonly views: VoteViewsService,
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
    const voteId = await this.database.transaction(async (tx) => {
      const recommendation = await this.recommendations.lock(tx, recommendationId);
      if (!recommendation) throw new NotFoundError('Recommendation');
      if (recommendation.status !== RecommendationStatus.DRAFT)
        throw new ConflictError(ConflictReason.ALREADY_PUBLISHED, VOTE_MESSAGES.published);
      const { title, revisionNumber } = recommendation;
      await this.closing.closeExpiredOf(tx, recommendationId);
      const earlier = await this.votes.blocking(tx, recommendationId, revisionNumber);
      if (earlier)
        throw earlier.closedAt
          ? new ConflictError(ConflictReason.VOTE_PASSED, VOTE_MESSAGES.alreadyPassed, { voteId: earlier.id })
          : new ConflictError(ConflictReason.VOTE_OPEN, VOTE_MESSAGES.alreadyOpen, { voteId: earlier.id });
      const id = await this.votes.insert(tx, { recommendationId, revisionNumber, quorum, openedBy: actor.accountId, closesAt });
      if (!id) throw new ConflictError(ConflictReason.VOTE_OPEN, VOTE_MESSAGES.alreadyOpen);
      await this.audit.record(tx, {
        actor,
        action: 'openVote',
        entityType: 'Vote',
        entityId: id,
        after: { recommendationId, revisionNumber, closesAt, quorum },
      });
      const { eligible } = await this.eligibility.of(tx, recommendationId);
      await this.notifications.notify(
        tx,
        eligible.filter((member) => member !== actor.accountId),
        {
          kind: 'VOTE_OPENED',
          message: `A vote has opened on “${title}” (revision ${revisionNumber}). It closes on ${closingTime(closesAt)}.`,
          link: voteLink(recommendationId),
        },
      );
      return id;
    });
    return this.views.one(actor, voteId);
  }

  /**
   * Casting again replaces the member's choice (one row: the primary key); the same choice again
   * changes nothing. Refused once the vote has closed or its time has run out.
   */
  async cast(actor: Actor, voteId: string, choice: VoteChoice): Promise<VoteView> {
    const refused = await this.database.transaction(async (tx) => {
      const found = await this.votes.find(tx, voteId);
      if (!found) throw new NotFoundError('Vote');
      // Checked before taking the vote's lock, to hold it briefly: the close recounts recusals anyway.
      if (await this.eligibility.isRecused(tx, found.recommendationId, actor.accountId)) throw new ForbiddenError(VOTE_MESSAGES.recused);
      const vote = await this.closing.lock(tx, voteId);
      const { open, due, at, before } = await this.votes.castState(tx, voteId, actor.accountId);
      // Its time ran out: its close is recorded here, and kept when the ballot is refused.
      if (due) await this.closing.close(tx, vote, null);
      if (!open) return true;
      if (before === choice) return false;
      await this.votes.saveBallot(tx, voteId, actor.accountId, choice, at);
      await this.audit.record(tx, {
        actor,
        action: 'castVote',
        entityType: 'Vote',
        entityId: voteId,
        before: { choice: before },
        after: { choice },
      });
      return false;
    });
    // Refuse rather than queue: a late vote must never count.
    if (refused) throw new ConflictError(ConflictReason.VOTE_CLOSED, VOTE_MESSAGES.closed, { voteId });
    return this.views.one(actor, voteId);
  }

  /**
   * By the chair, before its closing time. Closing a closed vote is refused: it was counted once. A vote past its
   * time closed by itself then: its close is recorded as the sweep would record it, and closing it is refused.
   */
  async close(actor: Actor, voteId: string): Promise<VoteView> {
    const closedBefore = await this.database.transaction(async (tx) => {
      const vote = await this.closing.lock(tx, voteId);
      if (vote.closedAt) return true;
      await this.closing.close(tx, vote, vote.due ? null : actor);
      return vote.due;
    });
    if (closedBefore) throw new ConflictError(ConflictReason.VOTE_CLOSED, VOTE_MESSAGES.alreadyClosed, { voteId });
    return this.views.one(actor, voteId);
  }

  /** Votes on a recommendation, newest first; those whose time has run out read as closed. */
  async list(actor: Actor, recommendationId: string): Promise<VoteView[]> {
    if (!(await this.recommendations.exists(this.database.pool, recommendationId))) throw new NotFoundError('Recommendation');
    return this.views.forRecommendation(actor, recommendationId);
  }

  /** For a recommendation's public page: the record of the vote that passed this revision, or null. */
  async recordFor(recommendationId: string, revisionNumber: number): Promise<VoteRecordModel | null> {
    const record = await this.views.passedRecord(recommendationId, revisionNumber);
    return record ? VoteRecordModel.from(record) : null;
  }

  /**
   * Whether a vote is still open on the recommendation, for a mutation about to change it (an edit, publishing),
   * inside its transaction. Any whose time has run out are recorded closed first: a write records the close it
   * decides on, where a read only computes it.
   */
  async closeExpiredAndCheckOpen(tx: Queryable, recommendationId: string): Promise<boolean> {
    await this.closing.closeExpiredOf(tx, recommendationId);
    return this.votes.hasOpen(tx, recommendationId);
  }

  /** Reminds the members who have not voted, once, when less than a day is left. */
  async remindClosing(): Promise<void> {
    const db = this.database.pool;
    const closing = await this.votes.closingWithin(db, VOTE_LIMITS.reminderHours);
    const titles = await this.recommendations.titles(
      db,
      closing.map((vote) => vote.recommendationId),
    );
    for (const vote of closing) {
      const { eligible } = await this.eligibility.of(db, vote.recommendationId);
      const voted = await this.votes.voters(db, vote.id);
      await this.notifications.notify(
        db,
        eligible.filter((id) => !voted.has(id)),
        {
          kind: 'VOTE_CLOSING',
          message: `The vote on “${titles.get(vote.recommendationId)}” closes on ${closingTime(vote.closesAt)} and you have not voted yet.`,
          link: voteLink(vote.recommendationId),
          dedupeKey: `vote-closing:${vote.id}`,
        },
      );
    }
  }
}
