import { ErrorCode, Profession, Role } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const WRONG_DETAILS = 'Enter a correct email address and password';
const GRACE = {
  id: '2',
  name: 'Grace Hopper',
  email: 'grace@example.com',
  profession: Profession.ACADEMIC,
  organisation: 'University of Somewhere',
  roles: [Role.CONTRIBUTOR],
};

async function signIn(wrapper: VueWrapper, email: string, password: string) {
  await wrapper.get('#email').setValue(email);
  await wrapper.get('#password').setValue(password);
  await wrapper.get('main form').trigger('submit');
  await flushPromises();
}

describe('the sign in page', () => {
  it('asks for both answers when they are missing', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper } = await renderApp('/sign-in');

    await wrapper.get('main form').trigger('submit');

    expect(wrapper.findAll('.nhsuk-error-summary a').map((link) => link.attributes('href'))).toEqual(['#email', '#password']);
  });

  it('explains a wrong email or password in the summary, linked to the email field', async () => {
    fakeApi({
      Me: SIGNED_OUT,
      SignIn: {
        errors: [
          {
            message: WRONG_DETAILS,
            extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'email', message: WRONG_DETAILS }] },
          },
        ],
      },
    });
    const { wrapper } = await renderApp('/sign-in');

    await signIn(wrapper, 'grace@example.com', 'not her password');

    const summary = wrapper.get('.nhsuk-error-summary');
    expect(summary.attributes('tabindex')).toBe('-1');
    expect(summary.find('[role="alert"]').exists()).toBe(true);
    expect(summary.findAll('a').map((link) => [link.attributes('href'), link.text()])).toEqual([['#email', WRONG_DETAILS]]);
    expect(document.activeElement).toBe(summary.element);
    expect(wrapper.get('#email').attributes('aria-describedby')).toBe('email-error');
    expect(document.title).toBe('Error: Sign in – HealthTech Ideas Hub');
  });

  it('goes to the page that asked for sign-in, and shows the account in the header', async () => {
    const calls = fakeApi({ Me: SIGNED_OUT, SignIn: { data: { signIn: GRACE } } });
    const { wrapper, router } = await renderApp('/account');
    expect(router.currentRoute.value.fullPath).toBe('/sign-in?redirect=/account');

    await signIn(wrapper, ' grace@example.com ', 'her password');

    expect(calls.at(-1)?.variables).toEqual({ input: { email: 'grace@example.com', password: 'her password' } });
    expect(router.currentRoute.value.name).toBe('account');
    expect(wrapper.get('.nhsuk-header__account').text()).toContain('Your account');
  });

  it('ignores a redirect to another site', async () => {
    fakeApi({ Me: SIGNED_OUT, SignIn: { data: { signIn: GRACE } } });
    const { wrapper, router } = await renderApp('/sign-in?redirect=//evil.example');

    await signIn(wrapper, 'grace@example.com', 'her password');

    expect(router.currentRoute.value.fullPath).toBe('/account');
  });
});
