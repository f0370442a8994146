import { ACCOUNT_MESSAGES as M, LIMITS, Profession, PROFESSION_LABELS } from '@ideas-hub/domain';
import type { RegisterInput, SignInInput } from '../graphql/generated/graphql';
import type { FieldErrors } from '../ui/useFormErrors';
import type { Checked } from '../ui/useFormSubmit';
import type { RadioOption } from '../ui/types';

/** What the form holds before checking: every field a string, the profession possibly unchosen. */
export interface RegistrationForm {
  name: string;
  email: string;
  password: string;
  profession: Profession | '';
  organisation: string;
}
export type RegistrationField = keyof RegistrationForm;
export type SignInForm = SignInInput;
export type SignInField = keyof SignInForm;

export const PROFESSION_OPTIONS: readonly RadioOption[] = Object.values(Profession).map((value) => ({
  value,
  label: PROFESSION_LABELS[value],
}));

export const PASSWORD_HINT =
  `Must be at least ${LIMITS.passwordMin} characters. ` + 'A few unrelated words together make a strong password that is easy to remember.';

/** The email box of the sign-in and registration forms: browsers fill it in, and must not correct it. */
export const EMAIL_INPUT = { id: 'email', label: 'Email address', type: 'email', autocomplete: 'email', spellcheck: false } as const;

// A friendly first check only: the API decides what a valid address is.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkName(name: string): string | undefined {
  if (!name) return M.nameMissing;
  if (name.length > LIMITS.nameMax) return M.nameTooLong;
  return undefined;
}

function checkEmail(email: string): string | undefined {
  if (!email) return M.emailMissing;
  if (email.length > LIMITS.emailMax) return M.emailTooLong;
  if (!EMAIL_SHAPE.test(email)) return M.emailFormat;
  return undefined;
}

function checkPassword(password: string): string | undefined {
  if (!password) return M.passwordMissing;
  if (password.length < LIMITS.passwordMin) return M.passwordTooShort;
  if (password.length > LIMITS.passwordMax) return M.passwordTooLong;
  return undefined;
}

function collect<F extends string>(checks: Record<F, string | undefined>): FieldErrors<F> {
  return Object.fromEntries(Object.entries(checks).filter(([, message]) => message)) as FieldErrors<F>;
}

/** The checks the API makes too, run first so that most mistakes are shown without a round trip. */
export function checkRegistration(form: RegistrationForm): Checked<RegisterInput, RegistrationField> {
  const name = form.name.trim();
  const email = form.email.trim();
  const organisation = form.organisation.trim();
  const errors = collect<RegistrationField>({
    name: checkName(name),
    email: checkEmail(email),
    password: checkPassword(form.password),
    profession: form.profession ? undefined : M.professionMissing,
    organisation: organisation.length > LIMITS.organisationMax ? M.organisationTooLong : undefined,
  });
  if (!form.profession || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { name, email, password: form.password, profession: form.profession, organisation: organisation || null },
  };
}

/** Sign-in only checks that something was typed: saying more would help someone guessing accounts. */
export function checkSignIn(form: SignInForm): Checked<SignInInput, SignInField> {
  const email = form.email.trim();
  const errors = collect<SignInField>({
    email: email ? undefined : M.emailMissing,
    password: form.password ? undefined : M.signInPasswordMissing,
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { email, password: form.password } };
}
