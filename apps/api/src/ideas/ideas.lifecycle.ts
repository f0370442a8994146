import { ConflictReason, IDEA_MESSAGES as M, IDEA_STATUS_LABELS, IdeaStatus, NEXT_IDEA_STATUSES } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../platform/graphql/errors';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { canSee } from './ideas.access';
import { IdeaEntity } from './ideas.entity';
import { recordStatusChange } from './ideas.history';

/** The board's side of an idea's life: review statuses and merging duplicates. */
@Injectable()
export class IdeaLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async setStatus(actor: Actor, id: string, status: IdeaStatus, reason: string | null | undefined): Promise<IdeaEntity> {
    return this.db.transaction(async (manager) => {
      const [idea] = await this.lockForBoard(manager, actor, [id]);
      if (!(NEXT_IDEA_STATUSES[idea.status] ?? []).includes(status)) {
        const label = (value: IdeaStatus) => IDEA_STATUS_LABELS[value].toLowerCase();
        throw new ConflictError(ConflictReason.WRONG_STATUS, `An idea that is ${label(idea.status)} cannot be moved to ${label(status)}`, {
          status: idea.status,
        });
      }
      if (status === IdeaStatus.DECLINED && !reason) throw BadUserInputError.field('reason', M.declineReasonMissing);
      const fromStatus = idea.status;
      const saved = await manager.save(Object.assign(idea, { status, declinedReason: status === IdeaStatus.DECLINED ? reason : null }));
      await recordStatusChange(manager, { ideaId: id, fromStatus, toStatus: status, reason, actorId: actor.accountId });
      await this.audit.record(manager, {
        actor,
        action: 'setIdeaStatus',
        entityType: 'Idea',
        entityId: id,
        before: { status: fromStatus },
        after: { status, declinedReason: saved.declinedReason },
      });
      await this.notifications.notify(manager, [idea.authorId], {
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
    return this.db.transaction(async (manager) => {
      const ideas = await this.lockForBoard(manager, actor, [duplicateId, survivorId]);
      const duplicate = ideas.find((idea) => idea.id === duplicateId)!;
      const survivor = ideas.find((idea) => idea.id === survivorId)!;
      if (duplicate.status === IdeaStatus.MERGED)
        throw new ConflictError(ConflictReason.MERGED, 'This idea has already been merged into another');
      if (survivor.status === IdeaStatus.MERGED) {
        throw new ConflictError(ConflictReason.MERGED, 'The idea to merge into has itself been merged: merge into the idea it points to', {
          mergedIntoId: survivor.mergedIntoId,
        });
      }
      const ids = [duplicateId, survivorId, survivor.authorId];
      await manager.query(
        `INSERT INTO endorsements (idea_id, account_id, created_at)
         SELECT $2, account_id, created_at FROM endorsements WHERE idea_id = $1 AND account_id <> $3
         ON CONFLICT DO NOTHING`,
        ids,
      );
      await manager.query(
        `INSERT INTO idea_follows (idea_id, account_id, created_at)
         SELECT $2, account_id, created_at FROM idea_follows WHERE idea_id = $1 ON CONFLICT DO NOTHING`,
        ids.slice(0, 2),
      );
      await manager.query(`DELETE FROM endorsements WHERE idea_id = $1`, [duplicateId]);
      await manager.query(`DELETE FROM idea_follows WHERE idea_id = $1`, [duplicateId]);
      // Ideas merged into the duplicate earlier now lead straight to the survivor.
      await manager.query(`UPDATE ideas SET merged_into_id = $2 WHERE merged_into_id = $1`, ids.slice(0, 2));
      await manager.query(`UPDATE ideas SET endorsement_count = (SELECT count(*) FROM endorsements WHERE idea_id = $1) WHERE id = $1`, [
        survivorId,
      ]);
      await manager.update(IdeaEntity, { id: duplicateId }, { status: IdeaStatus.MERGED, mergedIntoId: survivorId, endorsementCount: 0 });
      await recordStatusChange(manager, {
        ideaId: duplicateId,
        fromStatus: duplicate.status,
        toStatus: IdeaStatus.MERGED,
        reason: `Merged into “${survivor.title}”`,
        actorId: actor.accountId,
      });
      await recordStatusChange(manager, {
        ideaId: survivorId,
        fromStatus: survivor.status,
        toStatus: survivor.status,
        reason: `“${duplicate.title}” was merged into this idea`,
        actorId: actor.accountId,
      });
      await this.audit.record(manager, {
        actor,
        action: 'mergeIdea',
        entityType: 'Idea',
        entityId: duplicateId,
        before: { status: duplicate.status },
        after: { status: IdeaStatus.MERGED, mergedIntoId: survivorId },
      });
      return manager.findOneByOrFail(IdeaEntity, { id: survivorId });
    });
  }

  /** Locks in id order, so that two merges of the same pair cannot deadlock. Drafts are private to their authors. */
  private async lockForBoard(manager: EntityManager, actor: Actor, ids: string[]): Promise<IdeaEntity[]> {
    const ideas = await manager.find(IdeaEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    if (ideas.length !== ids.length || ideas.some((idea) => idea.status === IdeaStatus.DRAFT || !canSee(actor, idea))) {
      throw new NotFoundError('Idea');
    }
    return ideas;
  }
}
