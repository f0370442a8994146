import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { NotFoundError } from '../platform/graphql/errors';
import { canSee } from './idea-access.rules';
import { IdeaEngagementRepository } from './idea-engagement.repository';
import { IdeaHistoryRepository } from './idea-history.repository';
import { IdeaEntity, IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas.entity';
import { IdeasRepository } from './ideas.repository';

/** Reading ideas one at a time, and the set-based reads behind the per-request loaders. */
@Injectable()
export class IdeaReadsService {
  constructor(
    private readonly database: Database,
    private readonly ideas: IdeasRepository,
    private readonly ideaHistory: IdeaHistoryRepository,
    private readonly engagement: IdeaEngagementRepository,
  ) {}

  async findVisible(actor: Actor | null, id: string): Promise<IdeaEntity> {
    return visible(actor, await this.ideas.findById(this.database.pool, id));
  }

  /**
   * Reads an idea the actor can see, locking its row for the rest of the transaction. Every
   * write that touches an idea's endorsements, followers or comments takes this lock first, so
   * such writes (and merges) queue one behind the other instead of deadlocking or miscounting.
   */
  async lockVisible(tx: Queryable, actor: Actor | null, id: string): Promise<IdeaEntity> {
    return visible(actor, await this.ideas.lock(tx, id, 'FOR NO KEY UPDATE'));
  }

  mine(actor: Actor): Promise<IdeaEntity[]> {
    return this.ideas.byAuthor(this.database.pool, actor.accountId);
  }

  byIds(ids: readonly string[]): Promise<IdeaEntity[]> {
    return this.ideas.byIds(this.database.pool, ids);
  }

  history(ideaIds: readonly string[]): Promise<IdeaStatusChangeEntity[]> {
    return this.ideaHistory.statusChanges(this.database.pool, ideaIds);
  }

  revisions(ideaIds: readonly string[]): Promise<IdeaRevisionEntity[]> {
    return this.ideaHistory.revisions(this.database.pool, ideaIds);
  }

  /** Which of these ideas the account has endorsed, or follows. */
  endorsedBy(accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.engagement.endorsedBy(this.database.pool, accountId, ideaIds);
  }

  followedBy(accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.engagement.followedBy(this.database.pool, accountId, ideaIds);
  }
}

/** Not found, rather than forbidden, when the caller may not see it: nobody learns that a draft or hidden idea exists. */
function visible(actor: Actor | null, idea: IdeaEntity | undefined): IdeaEntity {
  if (!idea || !canSee(actor, idea)) throw new NotFoundError('Idea');
  return idea;
}
