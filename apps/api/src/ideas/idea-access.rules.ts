import { Action, can, ConflictReason, IdeaStatus } from '@ideas-hub/domain';
import type { Actor } from '../platform/auth/actor';
import { ConflictError } from '../platform/graphql/errors';
import { IdeaEntity } from './ideas.entity';

/** Whoever moderates content also sees what was hidden, to restore it. */
export function seesHidden(actor: Actor | null): boolean {
  return can(actor?.roles, Action.ModerateContent);
}

/**
 * Who may open one idea: a draft only its author; a hidden idea its author and moderators.
 * Merged ideas stay readable, so that old links lead on to the survivor.
 */
export function canSee(actor: Actor | null, idea: IdeaEntity): boolean {
  if (actor?.accountId === idea.authorId) return true;
  if (idea.status === IdeaStatus.DRAFT) return false;
  return idea.hiddenAt === null || seesHidden(actor);
}

/** The author may change an idea until the board's review starts. */
export function canEdit(actor: Actor | null, idea: Pick<IdeaEntity, 'authorId' | 'status'>): boolean {
  return actor?.accountId === idea.authorId && (idea.status === IdeaStatus.DRAFT || idea.status === IdeaStatus.SUBMITTED);
}

/** Endorsing, following and commenting need an idea everyone can see. */
export function assertOpenToAll(idea: IdeaEntity): void {
  if (idea.status === IdeaStatus.DRAFT)
    throw new ConflictError(ConflictReason.STILL_DRAFT, 'Submit your idea first: a draft is seen only by you');
  if (idea.status === IdeaStatus.MERGED) {
    throw new ConflictError(ConflictReason.MERGED, 'This idea was merged into another: go to that idea instead', {
      mergedIntoId: idea.mergedIntoId,
    });
  }
  if (idea.hiddenAt) throw new ConflictError(ConflictReason.HIDDEN, 'This idea has been hidden by a moderator');
}
