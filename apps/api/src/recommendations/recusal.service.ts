import { BOARD_ROLES, ConflictReason, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { InterestsService } from '../interests/interests.service';
import type { Actor } from '../platform/auth/actor';
import { ConflictError } from '../platform/graphql/errors';
import { lockVisibleRecommendation } from './recommendations.access';
import { ConflictDeclarationEntity, RecommendationEntity } from './recommendations.entity';

/**
 * Conflicts of interest on a recommendation. A member is recused when they declared a conflict on
 * it, or when their register of interests has an entry, active today, naming one of the
 * organisations the recommendation concerns (compared trimmed and case-insensitively).
 */
@Injectable()
export class RecusalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly interests: InterestsService,
  ) {}

  /**
   * Idempotent: declaring again keeps the first declaration's date and takes the new reason.
   * The recommendation's row is locked first, so that two declarations sent at once queue
   * instead of racing on the insert, and one sent while it is being published sees it published.
   */
  async declare(actor: Actor, recommendationId: string, reason: string): Promise<RecommendationEntity> {
    return this.db.transaction(async (manager) => {
      const recommendation = await lockVisibleRecommendation(manager, actor, recommendationId);
      // Its votes are over and their record is kept as counted: a declaration now would recuse nobody.
      if (recommendation.status === RecommendationStatus.PUBLISHED) {
        throw new ConflictError(
          ConflictReason.ALREADY_PUBLISHED,
          'This recommendation has been published: conflicts of interest are declared before its vote',
        );
      }
      const key = { recommendationId, memberId: actor.accountId };
      const before = await manager.findOneBy(ConflictDeclarationEntity, key);
      if (before?.reason === reason) return recommendation;
      if (before) await manager.update(ConflictDeclarationEntity, key, { reason });
      else await manager.insert(ConflictDeclarationEntity, { ...key, reason });
      await this.audit.record(manager, {
        actor,
        action: 'declareConflict',
        // The declaration is the actor's own, on this recommendation.
        entityType: 'Recommendation',
        entityId: recommendationId,
        before: { conflictReason: before?.reason ?? null },
        after: { conflictReason: reason },
      });
      return recommendation;
    });
  }

  /**
   * Who is recused from voting on a recommendation, each with the reason: their declared
   * conflict, else the register entries naming its organisations. Limited to `memberIds` when
   * given, else the board. Pass the caller's transaction manager to read inside it.
   */
  async recusedMembers(
    recommendationId: string,
    memberIds?: readonly string[] | null,
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, string>> {
    const members: string[] = memberIds
      ? [...memberIds]
      : (await manager.query(`SELECT id FROM accounts WHERE roles && $1::text[]`, [BOARD_ROLES])).map((row: { id: string }) => row.id);
    const declared: { member_id: string; reason: string }[] = await manager.query(
      `SELECT member_id, reason FROM conflict_declarations WHERE recommendation_id = $1 AND member_id = ANY($2::uuid[])`,
      [recommendationId, members],
    );
    const recommendation = await manager.findOne(RecommendationEntity, {
      select: { id: true, organisations: true },
      where: { id: recommendationId },
    });
    const registered = await this.interests.activeInterestsNaming(members, recommendation?.organisations ?? [], new Date(), manager);
    const recused = new Map(declared.map((row) => [row.member_id, row.reason]));
    for (const [memberId, organisations] of registered) {
      if (!recused.has(memberId)) recused.set(memberId, `Register of interests: ${organisations.map((name) => name.trim()).join(', ')}`);
    }
    return recused;
  }
}
