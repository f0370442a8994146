import { ConflictReason, IdeaStatus, IMPLEMENTATION_STATUS_LABELS, ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { IdeaEntity } from '../ideas/ideas.entity';
import { recordStatusChange } from '../ideas/ideas.history';
import { NotificationsService } from '../notifications/notifications.service';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, ConflictError } from '../platform/graphql/errors';
import { VotesService } from '../votes/votes.service';
import { lockVisibleRecommendation } from './recommendations.access';
import { ImplementationUpdateEntity, RecommendationEntity } from './recommendations.entity';
import { followersOf } from './recommendations.follows';
import { implementationUpdateErrors } from './recommendations.rules';

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
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly votes: VotesService,
  ) {}

  /**
   * Only the revision the board passed is published: the latest closed vote on the current
   * revision must have PASSED, and no vote may be open. The linked ideas are adopted and their
   * authors told; followers are told too.
   */
  async publish(actor: Actor, id: string): Promise<RecommendationEntity> {
    return this.db.transaction(async (manager) => {
      const before = await lockVisibleRecommendation(manager, actor, id);
      if (before.status === RecommendationStatus.PUBLISHED)
        throw new ConflictError(ConflictReason.ALREADY_PUBLISHED, 'This recommendation has already been published');
      await this.assertPassed(manager, before);
      await manager.update(
        RecommendationEntity,
        { id },
        {
          status: RecommendationStatus.PUBLISHED,
          publishedAt: () => 'now()',
          publishedRevision: before.revisionNumber,
          updatedAt: () => 'now()',
        },
      );
      const after = await manager.findOneByOrFail(RecommendationEntity, { id });
      const fields = ['status', 'publishedAt', 'publishedRevision'] as const;
      await this.audit.record(manager, {
        actor,
        action: 'publishRecommendation',
        entityType: 'Recommendation',
        entityId: id,
        before: Object.fromEntries(fields.map((field) => [field, before[field]])),
        after: Object.fromEntries(fields.map((field) => [field, after[field]])),
      });
      await this.adoptIdeas(manager, actor, after);
      await this.notifications.notify(manager, await followersOf(manager, id, actor), {
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
    return this.db.transaction(async (manager) => {
      const before = await lockVisibleRecommendation(manager, actor, id);
      if (before.status !== RecommendationStatus.PUBLISHED) {
        throw new ConflictError(
          ConflictReason.NOT_PUBLISHED,
          'Publish the recommendation first: implementation is tracked only once it is published',
        );
      }
      const note = update.note ?? null;
      await manager.insert(ImplementationUpdateEntity, {
        recommendationId: id,
        status: update.status,
        note,
        effectiveDate: update.effectiveDate,
        recordedBy: actor.accountId,
      });
      await manager.update(RecommendationEntity, { id }, { implementationStatus: update.status, updatedAt: () => 'now()' });
      await this.audit.record(manager, {
        actor,
        action: 'recordImplementationUpdate',
        entityType: 'Recommendation',
        entityId: id,
        before: { implementationStatus: before.implementationStatus },
        after: { implementationStatus: update.status, note, effectiveDate: update.effectiveDate },
      });
      await this.notifications.notify(manager, await followersOf(manager, id, actor), {
        kind: 'RECOMMENDATION_UPDATED',
        message: `“${before.title}”, which you follow: ${IMPLEMENTATION_STATUS_LABELS[update.status].toLowerCase()}`,
        link: link(id),
      });
      return manager.findOneByOrFail(RecommendationEntity, { id });
    });
  }

  private async assertPassed(manager: EntityManager, recommendation: RecommendationEntity): Promise<void> {
    const revision = recommendation.revisionNumber;
    if (await this.votes.hasOpenVote(recommendation.id, manager)) {
      throw new ConflictError(
        ConflictReason.VOTE_OPEN,
        'A vote is still open on this recommendation: publish it once the vote has closed and passed',
      );
    }
    const [latest]: { result: string }[] = await manager.query(
      `SELECT result FROM votes WHERE recommendation_id = $1 AND revision_number = $2 AND closed_at IS NOT NULL
        ORDER BY closed_at DESC, opened_at DESC LIMIT 1`,
      [recommendation.id, revision],
    );
    if (!latest) {
      throw new ConflictError(
        ConflictReason.VOTE_NEEDED,
        `The board has not voted on revision ${revision}: open a vote, and publish once it passes`,
        {
          revisionNumber: revision,
        },
      );
    }
    if (latest.result !== 'PASSED')
      throw new ConflictError(ConflictReason.VOTE_NEEDED, FAILED_VOTE[latest.result](revision), {
        revisionNumber: revision,
        result: latest.result,
      });
  }

  /**
   * The ideas it draws on move to ADOPTED_INTO_RECOMMENDATION, in their public history too, and
   * their authors are told. Locked in id order, as merging locks them, so the two never deadlock.
   */
  private async adoptIdeas(manager: EntityManager, actor: Actor, recommendation: RecommendationEntity): Promise<void> {
    const links: { idea_id: string }[] = await manager.query(`SELECT idea_id FROM recommendation_ideas WHERE recommendation_id = $1`, [
      recommendation.id,
    ]);
    const ideas = await manager.find(IdeaEntity, {
      where: { id: In(links.map((row) => row.idea_id)) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const idea of ideas.filter((candidate) => !NOT_ADOPTABLE.includes(candidate.status))) {
      if (idea.status !== IdeaStatus.ADOPTED_INTO_RECOMMENDATION) {
        await manager.update(IdeaEntity, { id: idea.id }, { status: IdeaStatus.ADOPTED_INTO_RECOMMENDATION, declinedReason: null });
        await recordStatusChange(manager, {
          ideaId: idea.id,
          fromStatus: idea.status,
          toStatus: IdeaStatus.ADOPTED_INTO_RECOMMENDATION,
          reason: `Adopted into the recommendation “${recommendation.title}”`,
          actorId: actor.accountId,
        });
        await this.audit.record(manager, {
          actor,
          action: 'publishRecommendation',
          entityType: 'Idea',
          entityId: idea.id,
          before: { status: idea.status },
          after: { status: IdeaStatus.ADOPTED_INTO_RECOMMENDATION },
        });
      }
      await this.notifications.notify(manager, [idea.authorId], {
        kind: 'IDEA_ADOPTED',
        message: `Your idea “${idea.title}” has been adopted into the board’s recommendation “${recommendation.title}”`,
        link: link(recommendation.id),
        dedupeKey: `idea-adopted:${idea.id}:${recommendation.id}`,
      });
    }
  }
}
