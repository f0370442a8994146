import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { ForbiddenError } from '../platform/graphql/errors';
import { AuditService } from '../audit/audit.service';
import { changedFields } from '../audit/diff';
import { assertOpenToAll } from './idea-access.rules';
import { IdeaEngagementRepository } from './idea-engagement.repository';
import { IdeaReadsService } from './idea-reads.service';
import { ideaAudit } from './idea-audit';
import { IdeaEntity } from './ideas.entity';
import { IdeasRepository } from './ideas.repository';

type Change = (tx: Queryable, idea: IdeaEntity) => Promise<void>;

/**
 * Endorsing and following: toggles that are safe to repeat. The primary keys keep one row per
 * person; the endorsement count moves only when a row really was added or removed.
 */
@Injectable()
export class IdeaEngagementService {
  constructor(
    private readonly database: Database,
    private readonly reads: IdeaReadsService,
    private readonly ideas: IdeasRepository,
    private readonly engagement: IdeaEngagementRepository,
    private readonly audit: AuditService,
  ) {}

  endorse(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'endorseIdea', async (tx, idea) => {
      if (idea.authorId === actor.accountId) throw new ForbiddenError('You cannot endorse your own idea');
      assertOpenToAll(idea);
      if (await this.engagement.endorse(tx, ideaId, actor.accountId)) await this.ideas.addToEndorsementCount(tx, ideaId, +1);
    });
  }

  withdrawEndorsement(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'withdrawEndorsement', async (tx) => {
      if (await this.engagement.withdraw(tx, ideaId, actor.accountId)) await this.ideas.addToEndorsementCount(tx, ideaId, -1);
    });
  }

  follow(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'followIdea', async (tx, idea) => {
      assertOpenToAll(idea);
      await this.engagement.follow(tx, ideaId, actor.accountId);
    });
  }

  unfollow(actor: Actor, ideaId: string): Promise<IdeaEntity> {
    return this.change(actor, ideaId, 'unfollowIdea', (tx) => this.engagement.unfollow(tx, ideaId, actor.accountId));
  }

  /** Withdrawing and unfollowing work on any idea the person can see, so nobody is stuck with support they gave. */
  private change(actor: Actor, ideaId: string, action: string, change: Change): Promise<IdeaEntity> {
    return this.database.transaction(async (tx) => {
      const before = await this.reads.lockVisible(tx, actor, ideaId);
      await change(tx, before);
      const after = (await this.ideas.findById(tx, ideaId))!;
      const counts = changedFields(before, after, ['endorsementCount']);
      await this.audit.record(tx, ideaAudit(actor, action, ideaId, counts));
      return after;
    });
  }
}
