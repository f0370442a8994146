import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { findVisibleRecommendation } from './recommendations.access';
import { RecommendationEntity } from './recommendations.entity';

/** Who follows a recommendation, leaving out whoever made the change being announced. */
export async function followersOf(manager: EntityManager, recommendationId: string, except: Actor): Promise<string[]> {
  const rows: { account_id: string }[] = await manager.query(
    `SELECT account_id FROM recommendation_follows WHERE recommendation_id = $1 AND account_id <> $2`,
    [recommendationId, except.accountId],
  );
  return rows.map((row) => row.account_id);
}

/**
 * Following a recommendation, to be told when it is published or its implementation moves on.
 * Anyone signed in follows a published one; the board may also follow a draft it is working on.
 * Both toggles are idempotent, and only a change is audited.
 */
@Injectable()
export class RecommendationFollowsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async follow(actor: Actor, id: string): Promise<RecommendationEntity> {
    return this.db.transaction(async (manager) => {
      const recommendation = await findVisibleRecommendation(manager, actor, id);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO recommendation_follows (recommendation_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING account_id`,
        [id, actor.accountId],
      );
      if (inserted.length) await this.record(manager, actor, 'followRecommendation', id, false);
      return recommendation;
    });
  }

  async unfollow(actor: Actor, id: string): Promise<RecommendationEntity> {
    return this.db.transaction(async (manager) => {
      const recommendation = await findVisibleRecommendation(manager, actor, id);
      const [, deleted]: [unknown[], number] = await manager.query(
        `DELETE FROM recommendation_follows WHERE recommendation_id = $1 AND account_id = $2`,
        [id, actor.accountId],
      );
      if (deleted) await this.record(manager, actor, 'unfollowRecommendation', id, true);
      return recommendation;
    });
  }

  private async record(manager: EntityManager, actor: Actor, action: string, id: string, followedBefore: boolean): Promise<void> {
    await this.audit.record(manager, {
      actor,
      action,
      entityType: 'Recommendation',
      entityId: id,
      before: { followedByActor: followedBefore },
      after: { followedByActor: !followedBefore },
    });
  }
}
