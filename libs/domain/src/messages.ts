import { LIMITS } from './limits';

/**
 * What a person is told about an account form, in the NHS.UK style. The web
 * checks first and the API checks again, both with these words.
 */
export const ACCOUNT_MESSAGES = {
  nameMissing: 'Enter your full name',
  nameTooLong: `Full name must be ${LIMITS.nameMax} characters or fewer`,
  emailMissing: 'Enter your email address',
  emailTooLong: `Email address must be ${LIMITS.emailMax} characters or fewer`,
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  passwordMissing: 'Enter a password',
  passwordTooShort: `Password must be at least ${LIMITS.passwordMin} characters`,
  passwordTooLong: `Password must be ${LIMITS.passwordMax} characters or fewer`,
  professionMissing: 'Select your profession',
  organisationTooLong: `Organisation must be ${LIMITS.organisationMax} characters or fewer`,
  signInPasswordMissing: 'Enter your password',
  // One message for every failed sign-in, so that it never tells whether an email has an account.
  wrongCredentials: 'Enter a correct email address and password',
} as const;
