import { ErrorCode } from '@ideas-hub/domain';
import { describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../graphql/client';
import { SERVICE_PROBLEM, useFormErrors } from './useFormErrors';

function registrationErrors() {
  return useFormErrors({ name: 'name', email: 'email', profession: 'profession-CLINICIAN' });
}

describe('useFormErrors', () => {
  it('puts BAD_USER_INPUT field problems beside their fields, in page order', () => {
    const errors = registrationErrors();

    errors.showFailure(
      new GraphQLRequestError([
        {
          message: 'Check your answers',
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            fields: [
              { field: 'profession', message: 'Select your profession' },
              { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
            ],
          },
        },
      ]),
    );

    expect(errors.fieldErrors.value).toEqual({
      profession: 'Select your profession',
      email: 'Enter an email address in the correct format, like name@example.com',
    });
    expect(errors.summary.value).toEqual([
      { text: 'Enter an email address in the correct format, like name@example.com', href: '#email' },
      { text: 'Select your profession', href: '#profession-CLINICIAN' },
    ]);
  });

  it('lists problems with fields the form does not have without a link', () => {
    const errors = registrationErrors();

    errors.showFailure(
      new GraphQLRequestError([
        {
          message: 'Check your answers',
          extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'captcha', message: 'Try again' }] },
        },
      ]),
    );

    expect(errors.fieldErrors.value).toEqual({});
    expect(errors.summary.value).toEqual([{ text: 'Try again' }]);
  });

  it('shows the message of errors written for people, and a service problem for the rest', () => {
    const errors = registrationErrors();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    errors.showFailure(
      new GraphQLRequestError([
        { message: 'Too many attempts. Try again later.', extensions: { code: ErrorCode.RATE_LIMITED } },
        { message: 'TypeError: x is undefined', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
      ]),
    );
    expect(errors.summary.value).toEqual([{ text: 'Too many attempts. Try again later.' }, { text: SERVICE_PROBLEM }]);

    errors.showFailure(new TypeError('Failed to fetch'));
    expect(errors.summary.value).toEqual([{ text: SERVICE_PROBLEM }]);
  });
});
