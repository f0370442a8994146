import { LIMITS, tooLongMessage } from './limits';

/** What a board member is told about the register of interests form. */
export const INTEREST_MESSAGES = {
  organisationMissing: 'Enter the organisation or supplier',
  organisationTooLong: tooLongMessage('Organisation or supplier', LIMITS.interestOrganisationMax),
  natureMissing: 'Describe the nature of the interest',
  natureTooLong: tooLongMessage('Nature of the interest', LIMITS.interestNatureMax),
  fromMissing: 'Enter the date the interest began',
  fromInvalid: 'The date the interest began must be a real date, like 2025-04-01',
  toInvalid: 'The date the interest ended must be a real date, like 2026-03-31',
  toBeforeFrom: 'The date the interest ended must be the same as or after the date it began',
} as const;
