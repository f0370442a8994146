import type { ReportMessageItemFragment } from '../graphql/generated/graphql';

/** The report with a message just sent added to its conversation, without asking the API again. */
export function withMessage<R extends { messages: readonly ReportMessageItemFragment[] }>(
  report: R,
  message: ReportMessageItemFragment,
): R {
  return { ...report, messages: [...report.messages, message] };
}
