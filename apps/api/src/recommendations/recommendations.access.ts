import { Action, can, RecommendationStatus } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { NotFoundError } from '../platform/graphql/errors';
import { RecommendationEntity } from './recommendations.entity';

/** The board (and administrators, who run the hub) work on drafts; everyone else sees only what was published. */
export function seesDrafts(actor: Actor | null): boolean {
  return can(actor?.roles, Action.ReadBoardRecommendations);
}

export function canSee(actor: Actor | null, recommendation: Pick<RecommendationEntity, 'status'>): boolean {
  return recommendation.status === RecommendationStatus.PUBLISHED || seesDrafts(actor);
}

/** Not found, rather than forbidden, when it is a draft the actor may not see: nobody learns that it exists. */
export async function findVisibleRecommendation(manager: EntityManager, actor: Actor | null, id: string): Promise<RecommendationEntity> {
  return visible(manager, actor, id, false);
}

/**
 * As findVisibleRecommendation, locking the row for the rest of the transaction. Opening a vote
 * takes the same lock first, so an edit and a vote opening never interleave: whichever comes
 * second sees what the first committed.
 */
export async function lockVisibleRecommendation(manager: EntityManager, actor: Actor | null, id: string): Promise<RecommendationEntity> {
  return visible(manager, actor, id, true);
}

async function visible(manager: EntityManager, actor: Actor | null, id: string, lock: boolean): Promise<RecommendationEntity> {
  const recommendation = await manager.findOne(RecommendationEntity, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
  });
  if (!recommendation || !canSee(actor, recommendation)) throw new NotFoundError('Recommendation');
  return recommendation;
}
