import { ErrorCode, Profession, Role } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { failingOnce, fakeApi, idempotencyKeysOf, SIGNED_OUT, UUID_V4 } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const ADA = {
  id: '1',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  profession: Profession.TECH_EXPERT,
  organisation: null,
  roles: [Role.CONTRIBUTOR],
};

async function registerAsAda(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('#name').setValue('Ada Lovelace');
  await wrapper.get('#email').setValue('ada@example.com');
  await wrapper.get('#password').setValue('correct horse battery');
  await wrapper.get('#profession-TECH_EXPERT').setValue(true);
  await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');
  await flushPromises();
}

describe('the register page', () => {
  it('shows every missing answer in the summary, linked to its field, without asking the API', async () => {
    const calls = fakeApi({ Me: SIGNED_OUT });
    const { wrapper } = await renderApp('/register');

    await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');

    const summary = wrapper.get('.nhsuk-error-summary');
    expect(summary.findAll('a').map((link) => [link.attributes('href'), link.text()])).toEqual([
      ['#name', 'Enter your full name'],
      ['#email', 'Enter your email address'],
      ['#password', 'Enter a password'],
      ['#profession-CLINICIAN', 'Select your profession'],
    ]);
    expect(document.activeElement).toBe(summary.element);
    expect(wrapper.get('#name').classes()).toContain('nhsuk-input--error');
    expect(wrapper.get('#profession-error').text()).toBe('Error: Select your profession');
    expect(wrapper.find('#profession-CLINICIAN').exists()).toBe(true);
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });

  it('shows the API’s field problems beside the fields they belong to', async () => {
    fakeApi({
      Me: SIGNED_OUT,
      Register: {
        errors: [
          {
            message: 'Check your answers',
            extensions: {
              code: ErrorCode.BAD_USER_INPUT,
              fields: [{ field: 'email', message: 'An account with this email address already exists' }],
            },
          },
        ],
      },
    });
    const { wrapper } = await renderApp('/register');

    await registerAsAda(wrapper);

    const link = wrapper.get('.nhsuk-error-summary a');
    expect([link.attributes('href'), link.text()]).toEqual(['#email', 'An account with this email address already exists']);
    expect(wrapper.get('#email-error').text()).toBe('Error: An account with this email address already exists');
  });

  it('signs the new account in and shows the account page', async () => {
    const calls = fakeApi({ Me: SIGNED_OUT, Register: { data: { register: ADA } } });
    const { wrapper, router } = await renderApp('/register');

    await registerAsAda(wrapper);

    expect(calls.at(-1)?.variables).toEqual({
      input: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        password: 'correct horse battery',
        profession: 'TECH_EXPERT',
        organisation: null,
        idempotencyKey: expect.stringMatching(UUID_V4),
      },
    });
    expect(router.currentRoute.value.name).toBe('account');
    expect(wrapper.get('h1').text()).toBe('Your account');
  });

  it('sends a retry with the same idempotency key, so a lost answer never makes a second account', async () => {
    const calls = fakeApi({ Me: SIGNED_OUT, Register: failingOnce(() => ({ data: { register: ADA } })) });
    const { wrapper, router } = await renderApp('/register');

    await registerAsAda(wrapper);
    expect(router.currentRoute.value.name).toBe('register');
    await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');
    await flushPromises();

    const keys = idempotencyKeysOf(calls, 'Register');
    expect(keys).toEqual([expect.stringMatching(UUID_V4), keys[0]]);
    expect(router.currentRoute.value.name).toBe('account');
  });
});
