import { INTEREST_MESSAGES, LIMITS } from '@ideas-hub/domain';
import type { DeclareInterestInput } from '../graphql/generated/graphql';
import { dateInputValue, type DateParts } from '../ui/dateInput';
import type { FieldErrors } from '../ui/useFormErrors';
import type { Checked } from '../ui/useFormSubmit';

export type InterestField = keyof DeclareInterestInput;

export interface InterestForm {
  organisation: string;
  nature: string;
  from: DateParts;
  to: DateParts;
}

// The API's messages give an example written as the API takes it (2025-04-01); people type day, month and year.
export const INTEREST_DATE_MESSAGES = {
  fromInvalid: 'The date the interest began must be a real date, for example 1 4 2025',
  toInvalid: 'The date the interest ended must be a real date, for example 31 3 2026',
} as const;

export function emptyDate(): DateParts {
  return { day: '', month: '', year: '' };
}

const isBlankDate = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

function checkText(text: string, max: number, missing: string, tooLong: string): string | undefined {
  if (!text) return missing;
  return text.length > max ? tooLong : undefined;
}

/** Checks a register entry as the API will, so that most problems are shown without a round trip. */
export function checkInterest(form: InterestForm): Checked<DeclareInterestInput, InterestField> {
  const organisation = form.organisation.trim();
  const nature = form.nature.trim();
  const from = dateInputValue(form.from);
  const ongoing = isBlankDate(form.to);
  const to = ongoing ? null : dateInputValue(form.to);
  const errors: FieldErrors<InterestField> = {};

  const organisationProblem = checkText(
    organisation,
    LIMITS.interestOrganisationMax,
    INTEREST_MESSAGES.organisationMissing,
    INTEREST_MESSAGES.organisationTooLong,
  );
  if (organisationProblem) errors.organisation = organisationProblem;
  const natureProblem = checkText(nature, LIMITS.interestNatureMax, INTEREST_MESSAGES.natureMissing, INTEREST_MESSAGES.natureTooLong);
  if (natureProblem) errors.nature = natureProblem;
  if (isBlankDate(form.from)) errors.from = INTEREST_MESSAGES.fromMissing;
  else if (!from) errors.from = INTEREST_DATE_MESSAGES.fromInvalid;
  if (!ongoing && !to) errors.to = INTEREST_DATE_MESSAGES.toInvalid;
  // YYYY-MM-DD strings compare as dates.
  else if (from && to && to < from) errors.to = INTEREST_MESSAGES.toBeforeFrom;

  if (Object.keys(errors).length > 0 || !from) return { ok: false, errors };
  return { ok: true, input: { organisation, nature, from, to } };
}
