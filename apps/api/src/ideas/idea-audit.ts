import type { AuditEntryInput } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';

/** The audit entry of a change to one idea: who made it, through which mutation, and what changed. */
export function ideaAudit(
  actor: Actor,
  action: string,
  ideaId: string,
  change: Pick<AuditEntryInput, 'before' | 'after'>,
): AuditEntryInput {
  return { actor, action, entityType: 'Idea', entityId: ideaId, ...change };
}
