import { LIMITS, Profession } from '@ideas-hub/domain';
import { describe, expect, it } from 'vitest';
import { checkRegistration, checkSignIn, type RegistrationForm } from './forms';

const valid: RegistrationForm = {
  name: ' Ada Lovelace ',
  email: ' ada@example.com ',
  password: 'correct horse battery',
  profession: Profession.TECH_EXPERT,
  organisation: '  ',
};

describe('checkRegistration', () => {
  it('sends trimmed answers and leaves out an empty organisation', () => {
    expect(checkRegistration(valid)).toEqual({
      ok: true,
      input: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        password: 'correct horse battery',
        profession: Profession.TECH_EXPERT,
        organisation: null,
      },
    });
  });

  it('holds answers to the same limits as the API', () => {
    const result = checkRegistration({
      name: 'a'.repeat(LIMITS.nameMax + 1),
      email: `${'a'.repeat(LIMITS.emailMax)}@example.com`,
      password: 'a'.repeat(LIMITS.passwordMin - 1),
      profession: '',
      organisation: 'a'.repeat(LIMITS.organisationMax + 1),
    });

    expect(result).toEqual({
      ok: false,
      errors: {
        name: `Full name must be ${LIMITS.nameMax} characters or fewer`,
        email: `Email address must be ${LIMITS.emailMax} characters or fewer`,
        password: `Password must be at least ${LIMITS.passwordMin} characters`,
        profession: 'Select your profession',
        organisation: `Organisation must be ${LIMITS.organisationMax} characters or fewer`,
      },
    });
  });

  it('asks for an email address in the correct format', () => {
    const result = checkRegistration({ ...valid, email: 'ada.example.com' });
    expect(result).toEqual({
      ok: false,
      errors: { email: 'Enter an email address in the correct format, like name@example.com' },
    });
  });
});

describe('checkSignIn', () => {
  it('only asks for what is missing', () => {
    expect(checkSignIn({ email: '', password: '' })).toEqual({
      ok: false,
      errors: { email: 'Enter your email address', password: 'Enter your password' },
    });
    expect(checkSignIn({ email: ' ada@example.com', password: 'x' })).toEqual({
      ok: true,
      input: { email: 'ada@example.com', password: 'x' },
    });
  });
});
