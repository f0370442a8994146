import { ConflictReason, IdeaStatus, IMPLEMENTATION_STATUS_LABELS, ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { IdeaHistoryRepository } from '../ideas/idea-history.repository';
import { IdeasRepository } from '../ideas/ideas.repository';
import { NotificationsService } from '../notifications/notifications.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, ConflictError } from '../platform/graphql/errors';
import { VotesRepository } from '../votes/votes.repository';
import { VotesService } from '../votes/votes.service';
import { RecommendationFollowsRepository } from './recommendation-follows.repository';
import { RecommendationEntity } from './recommendations.entity';
import { RecommendationsRepository } from './recommendations.repository';
import { implementationUpdateErrors, visibleTo } from './recommendations.rules';

export interface ImplementationUpdateInput {
  status: ImplementationStatus;
  note?: string | null;
  effectiveDate: string;
}

// Ideas that can no longer be adopted: a draft was never shared, a merged one lives on in its survivor.
const NOT_ADOPTABLE = [IdeaStatus.DRAFT, IdeaStatus.MERGED];

const FAILED_VOTE: Record<string, (revision: number) => string> = {
  REJECTED: (revision) => `The board rejected revision ${revision}: revise it and hold a new vote before publishing`,
  NO_QUORUM: (revision) => `The vote on revision ${revision} did not reach its quorum: hold a new vote before publishing`,
};

const link = (id: string) => `/recommendations/${id}`;

/** Publishing what the board passed, and tracking its implementation afterwards. */
@Injectable()
export class RecommendationPublicationService {
  constructor(
    private readonly database: Database,
    private readonly recommendations: RecommendationsRepository,
    private readonly follows: RecommendationFollowsRepository,
    private readonly ideas: IdeasRepository,
    private readonly ideaHistory: IdeaHistoryRepository,
    private readonly votes: VotesService,
    private readonly voteRecords: VotesRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Only the revision the board passed is published: the latest closed vote on the current
   * revision must have PASSED, and no vote may be open. The linked ideas are adopted and their
   * authors told; followers are told too.
   */
  async publish(actor: Actor, id: string): Promise<RecommendationEntity> {
    return this.database.transaction(async (tx) => {
      const before = visibleTo(actor, await this.recommendations.lock(tx, id));
      if (before.status === RecommendationStatus.PUBLISHED)
        throw new ConflictError(ConflictReason.ALREADY_PUBLISHED, 'This recommendation has already been published');
      await this.assertPassed(tx, before);
      const after = await this.recommendations.publish(tx, id);
      const fields = ['status', 'publishedAt', 'publishedRevision'] as const;
      await this.audit.record(tx, {
        actor,
        action: 'publishRecommendation',
        entityType: 'Recommendation',
        entityId: id,
        before: Object.fromEntries(fields.map((field) => [field, before[field]])),
        after: Object.fromEntries(fields.map((field) => [field, after[field]])),
      });
      await this.adoptIdeas(tx, actor, after);
      await this.notifications.notify(tx, await this.follows.followers(tx, id, actor.accountId), {
        kind: 'RECOMMENDATION_PUBLISHED',
        message: `“${after.title}”, which you follow, has been published`,
        link: link(id),
      });
      return after;
    });
  }

  async recordImplementationUpdate(actor: Actor, id: string, update: ImplementationUpdateInput): Promise<RecommendationEntity> {
    const errors = implementationUpdateErrors(update.status, update.note, update.effectiveDate);
    if (errors.length) throw new BadUserInputError(errors);
    return this.database.transaction(async (tx) => {
      const before = visibleTo(actor, await this.recommendations.lock(tx, id));
      if (before.status !== RecommendationStatus.PUBLISHED) {
        throw new ConflictError(
          ConflictReason.NOT_PUBLISHED,
          'Publish the recommendation first: implementation is tracked only once it is published',
        );
      }
      const note = update.note ?? null;
      const { status, effectiveDate } = update;
      await this.recommendations.insertImplementationUpdate(tx, {
        recommendationId: id,
        status,
        note,
        effectiveDate,
        recordedBy: actor.accountId,
      });
      const after = await this.recommendations.setImplementationStatus(tx, id, status);
      await this.audit.record(tx, {
        actor,
        action: 'recordImplementationUpdate',
        entityType: 'Recommendation',
        entityId: id,
        before: { implementationStatus: before.implementationStatus },
        after: { implementationStatus: status, note, effectiveDate },
      });
      await this.notifications.notify(tx, await this.follows.followers(tx, id, actor.accountId), {
        kind: 'RECOMMENDATION_UPDATED',
        message: `“${before.title}”, which you follow: ${IMPLEMENTATION_STATUS_LABELS[status].toLowerCase()}`,
        link: link(id),
      });
      return after;
    });
  }

  private async assertPassed(tx: Queryable, recommendation: RecommendationEntity): Promise<void> {
    const revision = recommendation.revisionNumber;
    if (await this.votes.closeExpiredAndCheckOpen(tx, recommendation.id)) {
      throw new ConflictError(
        ConflictReason.VOTE_OPEN,
        'A vote is still open on this recommendation: publish it once the vote has closed and passed',
      );
    }
    const latest = await this.voteRecords.latestResult(tx, recommendation.id, revision);
    if (!latest) {
      throw new ConflictError(
        ConflictReason.VOTE_NEEDED,
        `The board has not voted on revision ${revision}: open a vote, and publish once it passes`,
        {
          revisionNumber: revision,
        },
      );
    }
    if (latest !== 'PASSED')
      throw new ConflictError(ConflictReason.VOTE_NEEDED, FAILED_VOTE[latest](revision), {
        revisionNumber: revision,
        result: latest,
      });
  }

  /**
   * The ideas it draws on move to ADOPTED_INTO_RECOMMENDATION, in their public history too, and
   * their authors are told.
   */
  private async adoptIdeas(tx: Queryable, actor: Actor, recommendation: RecommendationEntity): Promise<void> {
    const links = await this.recommendations.ideaLinks(tx, [recommendation.id]);
    // Locked in id order, as merging locks them, so that the two never deadlock.
    const ideas = await this.ideas.lockAll(
      tx,
      links.map((row) => row.ideaId),
    );
    for (const idea of ideas.filter((candidate) => !NOT_ADOPTABLE.includes(candidate.status))) {
      if (idea.status !== IdeaStatus.ADOPTED_INTO_RECOMMENDATION) {
        await this.ideas.setStatus(tx, idea.id, IdeaStatus.ADOPTED_INTO_RECOMMENDATION, null);
        await this.ideaHistory.recordStatusChange(tx, {
          ideaId: idea.id,
          fromStatus: idea.status,
          toStatus: IdeaStatus.ADOPTED_INTO_RECOMMENDATION,
          reason: `Adopted into the recommendation “${recommendation.title}”`,
          actorId: actor.accountId,
        });
        await this.audit.record(tx, {
          actor,
          action: 'publishRecommendation',
          entityType: 'Idea',
          entityId: idea.id,
          before: { status: idea.status },
          after: { status: IdeaStatus.ADOPTED_INTO_RECOMMENDATION },
        });
      }
      await this.notifications.notify(tx, [idea.authorId], {
        kind: 'IDEA_ADOPTED',
        message: `Your idea “${idea.title}” has been adopted into the board’s recommendation “${recommendation.title}”`,
        link: link(recommendation.id),
        dedupeKey: `idea-adopted:${idea.id}:${recommendation.id}`,
      });
    }
  }
}
