import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { ForbiddenError } from '../platform/graphql/errors';
import { AuditService } from '../audit/audit.service';
import { changedFields } from '../audit/diff';
import { assertOpenToAll, lockVisibleIdea } from './ideas.access';
import { IdeaEntity } from './ideas.entity';

type Change = (manager: EntityManager, idea: IdeaEntity) => Promise<void>;

/**
 * Endorsing and following: toggles that are safe to repeat. The primary keys keep one row per
 * person; the endorsement count moves only when a row really was added or removed.
 */
@Injectable()
export class EngagementService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  endorse(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'endorseIdea', async (manager, idea) => {
      if (idea.authorId === actor.accountId) throw new ForbiddenError('You cannot endorse your own idea');
      assertOpenToAll(idea);
      const added = await manager.query(
        `INSERT INTO endorsements (idea_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING idea_id`,
        [ideaId, actor.accountId],
      );
      if (added.length) await this.count(manager, ideaId, +1);
    });
  }

  withdrawEndorsement(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'withdrawEndorsement', async (manager) => {
      const [removed] = await manager.query(`DELETE FROM endorsements WHERE idea_id = $1 AND account_id = $2 RETURNING idea_id`, [
        ideaId,
        actor.accountId,
      ]);
      if (removed.length) await this.count(manager, ideaId, -1);
    });
  }

  follow(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'followIdea', async (manager, idea) => {
      assertOpenToAll(idea);
      await manager.query(`INSERT INTO idea_follows (idea_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        ideaId,
        actor.accountId,
      ]);
    });
  }

  unfollow(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'unfollowIdea', async (manager) => {
      await manager.query(`DELETE FROM idea_follows WHERE idea_id = $1 AND account_id = $2`, [ideaId, actor.accountId]);
    });
  }

  // Support is not an edit: updated_at stays as the author left it.
  private async count(manager: EntityManager, ideaId: string, by: 1 | -1): Promise<void> {
    await manager.query(`UPDATE ideas SET endorsement_count = endorsement_count + $2 WHERE id = $1`, [ideaId, by]);
  }

  /** Withdrawing and unfollowing work on any idea the person can see, so nobody is stuck with support they gave. */
  private change(actor: Actor, ideaId: string, action: string, change: Change): Promise<IdeaEntity> {
    return this.db.transaction(async (manager) => {
      const before = await lockVisibleIdea(manager, actor, ideaId);
      const { endorsementCount } = before;
      await change(manager, before);
      const after = await manager.findOneByOrFail(IdeaEntity, { id: ideaId });
      await this.audit.record(manager, {
        actor,
        action,
        entityType: 'Idea',
        entityId: ideaId,
        ...changedFields({ endorsementCount }, { endorsementCount: after.endorsementCount }, ['endorsementCount']),
      });
      return after;
    });
  }
}
