import { IDEA_MESSAGES, IdeaStatus, LIMITS } from '@ideas-hub/domain';
import type { SetIdeaStatusMutationVariables } from '../graphql/generated/graphql';
import type { Checked } from '../ui/useFormSubmit';

export type IdeaStatusField = 'status' | 'reason';

export const STATUS_MISSING = 'Select the new status';

/** Only the statuses the idea can move to next; declining needs a reason, which everyone reads. */
export function checkIdeaStatus(
  id: string,
  next: readonly IdeaStatus[],
  form: { status: string; reason: string },
): Checked<SetIdeaStatusMutationVariables, IdeaStatusField> {
  const status = next.find((candidate) => candidate === form.status);
  if (!status) return { ok: false, errors: { status: STATUS_MISSING } };
  if (status !== IdeaStatus.DECLINED) return { ok: true, input: { id, status, reason: null } };
  const reason = form.reason.trim();
  if (!reason) return { ok: false, errors: { reason: IDEA_MESSAGES.declineReasonMissing } };
  if (reason.length > LIMITS.reasonMax) return { ok: false, errors: { reason: IDEA_MESSAGES.reasonTooLong } };
  return { ok: true, input: { id, status, reason } };
}
