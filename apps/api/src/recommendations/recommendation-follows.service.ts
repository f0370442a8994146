import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { RecommendationFollowsRepository } from './recommendation-follows.repository';
import { RecommendationEntity } from './recommendations.entity';
import { RecommendationsRepository } from './recommendations.repository';
import { visibleTo } from './recommendations.rules';

/**
 * Following a recommendation, to be told when it is published or its implementation moves on.
 * Anyone signed in follows a published one; the board may also follow a draft it is working on.
 * Both toggles are idempotent, and only a change is audited.
 */
@Injectable()
export class RecommendationFollowsService {
  constructor(
    private readonly database: Database,
    private readonly recommendations: RecommendationsRepository,
    private readonly follows: RecommendationFollowsRepository,
    private readonly audit: AuditService,
  ) {}

  follow(actor: Actor, id: string): Promise<RecommendationEntity> {
    return this.toggle(actor, id, true);
  }

  unfollow(actor: Actor, id: string): Promise<RecommendationEntity> {
    return this.toggle(actor, id, false);
  }

  private async toggle(actor: Actor, id: string, follow: boolean): Promise<RecommendationEntity> {
    return this.database.transaction(async (tx) => {
      const recommendation = visibleTo(actor, await this.recommendations.find(tx, id));
      const changed = follow ? await this.follows.add(tx, id, actor.accountId) : await this.follows.remove(tx, id, actor.accountId);
      if (changed) await this.record(tx, actor, id, follow);
      return recommendation;
    });
  }

  private async record(tx: Queryable, actor: Actor, id: string, followed: boolean): Promise<void> {
    await this.audit.record(tx, {
      actor,
      action: followed ? 'followRecommendation' : 'unfollowRecommendation',
      entityType: 'Recommendation',
      entityId: id,
      before: { followedByActor: !followed },
      after: { followedByActor: followed },
    });
  }
}
