import { IDEA_MESSAGES as M, LIMITS } from '@ideas-hub/domain';

export function checkReason(reason: string): string | undefined {
  if (!reason) return M.reasonMissing;
  return reason.length > LIMITS.reasonMax ? M.reasonTooLong : undefined;
}

export function checkComment(body: string): string | undefined {
  if (!body) return M.commentMissing;
  return body.length > LIMITS.commentMax ? M.commentTooLong : undefined;
}
