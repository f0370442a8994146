import { LIMITS, NEXT_REPORT_STATUSES, REPORT_STATUS_LABELS, ReportStatus } from '@ideas-hub/domain';
import type { FieldError } from '../platform/graphql/errors';

const { ADDRESSED, REFERRED_ELSEWHERE, CLOSED } = ReportStatus;

/** The reporter is told where their concern went, or why it ended: these statuses need the note. */
const NOTE_REQUIRED: Partial<Record<ReportStatus, string>> = {
  [REFERRED_ELSEWHERE]: 'Enter where the report was referred, for example the organisation’s Freedom to Speak Up Guardian',
  [CLOSED]: 'Enter why the report is closed',
};

export interface StatusChange {
  status: ReportStatus;
  note: string | null;
  recommendationId: string | null;
}

const label = (status: ReportStatus) => REPORT_STATUS_LABELS[status].toLowerCase();

function listed(statuses: readonly ReportStatus[]): string {
  const labels = statuses.map(label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : labels[0];
}

/** Why a change from `from` is refused, field by field; empty when it may go ahead. */
export function statusChangeErrors(from: ReportStatus, change: StatusChange): FieldError[] {
  const errors: FieldError[] = [];
  const next = NEXT_REPORT_STATUSES[from];
  if (!next.includes(change.status)) {
    const message = next.length
      ? `A report that is ${label(from)} can next be ${listed(next)}`
      : `This report is ${label(from)}: its status can no longer change`;
    errors.push({ field: 'status', message });
  }
  const noteRequired = NOTE_REQUIRED[change.status];
  if (noteRequired && !change.note) errors.push({ field: 'note', message: noteRequired });
  if (change.note && change.note.length > LIMITS.reasonMax) {
    errors.push({ field: 'note', message: `Note must be ${LIMITS.reasonMax} characters or fewer` });
  }
  if (change.recommendationId && change.status !== ADDRESSED) {
    errors.push({ field: 'recommendationId', message: 'Link a recommendation only when marking the report addressed' });
  }
  return errors;
}
