import { ErrorCode, Profession, Role } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ADA = {
  id: '1',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  profession: Profession.TECH_EXPERT,
  organisation: null,
  roles: [Role.CONTRIBUTOR],
};

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

    await wrapper.get('#name').setValue('Ada Lovelace');
    await wrapper.get('#email').setValue('ada@example.com');
    await wrapper.get('#password').setValue('correct horse battery');
    await wrapper.get('#profession-TECH_EXPERT').setValue(true);
    await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');
    await flushPromises();

    const link = wrapper.get('.nhsuk-error-summary a');
    expect([link.attributes('href'), link.text()]).toEqual(['#email', 'An account with this email address already exists']);
    expect(wrapper.get('#email-error').text()).toBe('Error: An account with this email address already exists');
  });

  it('signs the new account in and shows the account page', async () => {
    const calls = fakeApi({ Me: SIGNED_OUT, Register: { data: { register: ADA } } });
    const { wrapper, router } = await renderApp('/register');

    await wrapper.get('#name').setValue('Ada Lovelace');
    await wrapper.get('#email').setValue('ada@example.com');
    await wrapper.get('#password').setValue('correct horse battery');
    await wrapper.get('#profession-TECH_EXPERT').setValue(true);
    await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');
    await flushPromises();

    expect(calls.at(-1)?.variables).toEqual({
      input: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        password: 'correct horse battery',
        profession: 'TECH_EXPERT',
        organisation: null,
        idempotencyKey: expect.stringMatching(UUID),
      },
    });
    expect(router.currentRoute.value.name).toBe('account');
    expect(wrapper.get('h1').text()).toBe('Your account');
  });

  it('sends a retry with the same idempotency key, so a lost answer never makes a second account', async () => {
    let answered = 0;
    const calls = fakeApi({
      Me: SIGNED_OUT,
      Register: () =>
        answered++ === 0
          ? { errors: [{ message: 'Something went wrong on our side. Try again later.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }
          : { data: { register: ADA } },
    });
    const { wrapper, router } = await renderApp('/register');

    await wrapper.get('#name').setValue('Ada Lovelace');
    await wrapper.get('#email').setValue('ada@example.com');
    await wrapper.get('#password').setValue('correct horse battery');
    await wrapper.get('#profession-TECH_EXPERT').setValue(true);
    await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('register');
    await wrapper.get('form:not(.nhsuk-header__account-form)').trigger('submit');
    await flushPromises();

    const keys = calls.filter((call) => call.operationName === 'Register').map((call) => (call.variables.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(router.currentRoute.value.name).toBe('account');
  });
});
