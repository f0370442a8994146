import { ConflictReason, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { InterestsService } from '../interests/interests.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { ConflictError } from '../platform/graphql/errors';
import { ConflictDeclarationsRepository } from './conflict-declarations.repository';
import { RecommendationEntity } from './recommendations.entity';
import { RecommendationsRepository } from './recommendations.repository';
import { visibleTo } from './recommendations.rules';

/**
 * Conflicts of interest on a recommendation. A member is recused when they declared a conflict on
 * it, or when their register of interests has an entry, active today, naming one of the
 * organisations the recommendation concerns (compared trimmed and case-insensitively).
 */
@Injectable()
export class RecusalService {
  constructor(
    private readonly database: Database,
    private readonly recommendations: RecommendationsRepository,
    private readonly declarations: ConflictDeclarationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly interests: InterestsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Idempotent: declaring again keeps the first declaration's date and takes the new reason.
   * The recommendation's row is locked first, so that two declarations sent at once queue
   * instead of racing on the insert, and one sent while it is being published sees it published.
   */
  async declare(actor: Actor, recommendationId: string, reason: string): Promise<RecommendationEntity> {
    return this.database.transaction(async (tx) => {
      const recommendation = visibleTo(actor, await this.recommendations.lock(tx, recommendationId));
      // Its votes are over and their record is kept as counted: a declaration now would recuse nobody.
      if (recommendation.status === RecommendationStatus.PUBLISHED) {
        throw new ConflictError(
          ConflictReason.ALREADY_PUBLISHED,
          'This recommendation has been published: conflicts of interest are declared before its vote',
        );
      }
      const before = await this.declarations.find(tx, recommendationId, actor.accountId);
      if (before?.reason === reason) return recommendation;
      await this.declarations.upsert(tx, recommendationId, actor.accountId, reason);
      await this.audit.record(tx, {
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
   * given, else the board. Pass the caller's transaction to read inside it.
   */
  async recusedMembers(
    recommendationId: string,
    memberIds?: readonly string[] | null,
    db: Queryable = this.database.pool,
  ): Promise<Map<string, string>> {
    const members = memberIds ?? (await this.accounts.boardMemberIds(db));
    const recused = await this.declarations.reasons(db, recommendationId, members);
    const organisations = await this.recommendations.organisations(db, recommendationId);
    const registered = await this.interests.activeInterestsNaming(members, organisations, new Date(), db);
    for (const [memberId, named] of registered) {
      if (!recused.has(memberId)) recused.set(memberId, `Register of interests: ${named.map((name) => name.trim()).join(', ')}`);
    }
    return recused;
  }
}
