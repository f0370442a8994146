import { LIMITS } from './limits';

/** What a board member is told about the register of interests form. */
export const INTEREST_MESSAGES = {
  organisationMissing: 'Enter the organisation or supplier',
  organisationTooLong: `Organisation or supplier must be ${LIMITS.interestOrganisationMax} characters or fewer`,
  natureMissing: 'Describe the nature of the interest',
  natureTooLong: `Nature of the interest must be ${LIMITS.interestNatureMax} characters or fewer`,
  fromMissing: 'Enter the date the interest began',
  fromInvalid: 'The date the interest began must be a real date, like 2025-04-01',
  toInvalid: 'The date the interest ended must be a real date, like 2026-03-31',
  toBeforeFrom: 'The date the interest ended must be the same as or after the date it began',
} as const;
