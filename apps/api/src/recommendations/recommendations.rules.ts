import { ImplementationStatus, isCalendarDate, RECOMMENDATION_MESSAGES as M } from '@ideas-hub/domain';
import type { FieldError } from '../platform/graphql/errors';

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
