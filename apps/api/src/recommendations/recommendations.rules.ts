import { Action, can, ImplementationStatus, isCalendarDate, RECOMMENDATION_MESSAGES as M, RecommendationStatus } from '@ideas-hub/domain';
import type { Actor } from '../platform/auth/actor';
import { FieldError, NotFoundError } from '../platform/graphql/errors';
import type { RecommendationEntity } from './recommendations.entity';

/** The board (and administrators, who run the hub) work on drafts; everyone else sees only what was published. */
export function seesDrafts(actor: Actor | null): boolean {
  return can(actor?.roles, Action.ReadBoardRecommendations);
}

export function canSee(actor: Actor | null, recommendation: Pick<RecommendationEntity, 'status'>): boolean {
  return recommendation.status === RecommendationStatus.PUBLISHED || seesDrafts(actor);
}

/** Not found, rather than forbidden, when it is a draft the actor may not see: nobody learns that it exists. */
export function visibleTo<T extends Pick<RecommendationEntity, 'status'>>(actor: Actor | null, recommendation: T | undefined): T {
  if (!recommendation || !canSee(actor, recommendation)) throw new NotFoundError('Recommendation');
  return recommendation;
}

/** What is wrong with an implementation update, every field at once. */
export function implementationUpdateErrors(
  status: ImplementationStatus,
  note: string | null | undefined,
  effectiveDate: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (status === ImplementationStatus.NOT_TAKEN_FORWARD && !note) errors.push({ field: 'note', message: M.noteMissingForNotTakenForward });
  if (!isCalendarDate(effectiveDate)) errors.push({ field: 'effectiveDate', message: M.effectiveDateFormat });
  return errors;
}
