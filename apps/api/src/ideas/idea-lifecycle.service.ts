import { ConflictReason, IDEA_MESSAGES as M, IDEA_STATUS_LABELS, IdeaStatus, NEXT_IDEA_STATUSES } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, ConflictError, NotFoundError } from '../platform/graphql/errors';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { canSee } from './idea-access.rules';
import { IdeaEngagementRepository } from './idea-engagement.repository';
import { IdeaHistoryRepository } from './idea-history.repository';
import { ideaAudit } from './idea-audit';
import { IdeaEntity } from './ideas.entity';
import { IdeasRepository } from './ideas.repository';

/** The board's side of an idea's life: review statuses and merging duplicates. */
@Injectable()
export class IdeaLifecycleService {
  constructor(
    private readonly database: Database,
    private readonly ideas: IdeasRepository,
    private readonly ideaHistory: IdeaHistoryRepository,
    private readonly engagement: IdeaEngagementRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async setStatus(actor: Actor, id: string, status: IdeaStatus, reason: string | null | undefined): Promise<IdeaEntity> {
    return this.database.transaction(async (tx) => {
      const [idea] = await this.lockForBoard(tx, actor, [id]);
      if (!(NEXT_IDEA_STATUSES[idea.status] ?? []).includes(status)) {
        const label = (value: IdeaStatus) => IDEA_STATUS_LABELS[value].toLowerCase();
        throw new ConflictError(ConflictReason.WRONG_STATUS, `An idea that is ${label(idea.status)} cannot be moved to ${label(status)}`, {
          status: idea.status,
        });
      }
      if (status === IdeaStatus.DECLINED && !reason) throw BadUserInputError.field('reason', M.declineReasonMissing);
      const fromStatus = idea.status;
      const saved = await this.ideas.setStatus(tx, id, status, status === IdeaStatus.DECLINED ? (reason ?? null) : null);
      await this.ideaHistory.recordStatusChange(tx, { ideaId: id, fromStatus, toStatus: status, reason, actorId: actor.accountId });
      await this.audit.record(
        tx,
        ideaAudit(actor, 'setIdeaStatus', id, { before: { status: fromStatus }, after: { status, declinedReason: saved.declinedReason } }),
      );
      await this.notifications.notify(tx, [idea.authorId], {
        kind: 'IDEA_STATUS_CHANGED',
        message: `Your idea “${idea.title}” is now ${IDEA_STATUS_LABELS[status].toLowerCase()}`,
        link: `/ideas/${id}`,
      });
      return saved;
    });
  }

  /**
   * The duplicate points to the survivor from now on, and its support moves there: each
   * endorser and follower once, never the survivor's own author as an endorser.
   */
  async merge(actor: Actor, duplicateId: string, survivorId: string): Promise<IdeaEntity> {
    if (duplicateId === survivorId) throw BadUserInputError.field('survivorId', 'Choose a different idea to merge the duplicate into');
    return this.database.transaction(async (tx) => {
      const ideas = await this.lockForBoard(tx, actor, [duplicateId, survivorId]);
      const duplicate = ideas.find((idea) => idea.id === duplicateId)!;
      const survivor = ideas.find((idea) => idea.id === survivorId)!;
      if (duplicate.status === IdeaStatus.MERGED)
        throw new ConflictError(ConflictReason.MERGED, 'This idea has already been merged into another');
      if (survivor.status === IdeaStatus.MERGED) {
        throw new ConflictError(ConflictReason.MERGED, 'The idea to merge into has itself been merged: merge into the idea it points to', {
          mergedIntoId: survivor.mergedIntoId,
        });
      }
      await this.engagement.moveSupport(tx, duplicateId, survivorId, survivor.authorId);
      await this.ideas.repointMerged(tx, duplicateId, survivorId);
      await this.ideas.recountEndorsements(tx, survivorId);
      await this.ideas.markMerged(tx, duplicateId, survivorId);
      await this.ideaHistory.recordStatusChange(tx, {
        ideaId: duplicateId,
        fromStatus: duplicate.status,
        toStatus: IdeaStatus.MERGED,
        reason: `Merged into “${survivor.title}”`,
        actorId: actor.accountId,
      });
      await this.ideaHistory.recordStatusChange(tx, {
        ideaId: survivorId,
        fromStatus: survivor.status,
        toStatus: survivor.status,
        reason: `“${duplicate.title}” was merged into this idea`,
        actorId: actor.accountId,
      });
      await this.audit.record(
        tx,
        ideaAudit(actor, 'mergeIdea', duplicateId, {
          before: { status: duplicate.status },
          after: { status: IdeaStatus.MERGED, mergedIntoId: survivorId },
        }),
      );
      return (await this.ideas.findById(tx, survivorId))!;
    });
  }

  /** Locks in id order, so that two merges of the same pair cannot deadlock. Drafts are private to their authors. */
  private async lockForBoard(tx: Queryable, actor: Actor, ids: string[]): Promise<IdeaEntity[]> {
    const ideas = await this.ideas.lockAll(tx, ids);
    if (ideas.length !== ids.length || ideas.some((idea) => idea.status === IdeaStatus.DRAFT || !canSee(actor, idea))) {
      throw new NotFoundError('Idea');
    }
    return ideas;
  }
}
