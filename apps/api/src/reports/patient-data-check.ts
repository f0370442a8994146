import { findPatientData, patientDataMessage } from '@ideas-hub/domain';
import { BadUserInputError, FieldError } from '../platform/graphql/errors';

export type TextFields = [field: string, text: string | null | undefined][];

/** The same check the web warns with: each field that looks like it holds patient data, named. */
export function patientDataErrors(fields: TextFields): FieldError[] {
  return fields.flatMap(([field, text]) => {
    const matches = text ? findPatientData(text) : [];
    return matches.length ? [{ field, message: patientDataMessage(matches) }] : [];
  });
}

export function refusePatientData(fields: TextFields): void {
  const errors = patientDataErrors(fields);
  if (errors.length) throw new BadUserInputError(errors);
}
