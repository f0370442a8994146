import { LIMITS, tooLongMessage } from './limits';

/**
 * What a person is told about an account form, in the NHS.UK style. The web
 * checks first and the API checks again, both with these words.
 */
export const ACCOUNT_MESSAGES = {
  nameMissing: 'Enter your full name',
  nameTooLong: tooLongMessage('Full name', LIMITS.nameMax),
  emailMissing: 'Enter your email address',
  emailTooLong: tooLongMessage('Email address', LIMITS.emailMax),
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  passwordMissing: 'Enter a password',
  passwordTooShort: `Password must be at least ${LIMITS.passwordMin} characters`,
  passwordTooLong: tooLongMessage('Password', LIMITS.passwordMax),
  professionMissing: 'Select your profession',
  organisationTooLong: tooLongMessage('Organisation', LIMITS.organisationMax),
  signInPasswordMissing: 'Enter your password',
  // One message for every failed sign-in, so that it never tells whether an email has an account.
  wrongCredentials: 'Enter a correct email address and password',
} as const;
