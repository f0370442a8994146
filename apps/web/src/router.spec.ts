import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from './test/fakeApi';
import { renderApp } from './test/renderApp';

const NO_RECOMMENDATIONS = { data: { recommendations: { edges: [] } } };

describe('moving between pages', () => {
  it('gives each page its own title', async () => {
    fakeApi({ Me: SIGNED_OUT, LatestRecommendations: NO_RECOMMENDATIONS });
    const { router } = await renderApp('/');
    const titles: string[] = [document.title];

    for (const path of ['/sign-in', '/register', '/accessibility-statement', '/privacy', '/no-such-page']) {
      await router.push(path);
      titles.push(document.title);
    }

    expect(titles).toEqual([
      'Home – HealthTech Ideas Hub',
      'Sign in – HealthTech Ideas Hub',
      'Create an account – HealthTech Ideas Hub',
      'Accessibility statement – HealthTech Ideas Hub',
      'Privacy – HealthTech Ideas Hub',
      'Page not found – HealthTech Ideas Hub',
    ]);
  });

  it('leaves focus alone on the first page, then moves it to each new page’s heading', async () => {
    fakeApi({ Me: SIGNED_OUT, LatestRecommendations: NO_RECOMMENDATIONS });
    const { wrapper } = await renderApp('/');
    expect(document.activeElement).toBe(document.body);

    await wrapper.get('.nhsuk-header__account a[href="/sign-in"]').trigger('click');
    await flushPromises();

    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Sign in');
  });

  it('shows breadcrumbs back to the home page on inner pages only', async () => {
    fakeApi({ Me: SIGNED_OUT, LatestRecommendations: NO_RECOMMENDATIONS });
    const { wrapper, router } = await renderApp('/');
    expect(wrapper.find('.nhsuk-breadcrumb').exists()).toBe(false);

    await router.push('/register');
    const crumbs = wrapper.get('.nhsuk-breadcrumb');
    expect(crumbs.findAll('.nhsuk-breadcrumb__link').map((link) => [link.text(), link.attributes('href')])).toEqual([['Home', '/']]);
    expect(crumbs.get('.nhsuk-back-link').text()).toBe('Back to Home');
  });

  it('sends visitors who are not signed in from the account page to sign in', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { router, wrapper } = await renderApp('/account');

    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toEqual({ redirect: '/account' });
    expect(wrapper.get('h1').text()).toBe('Sign in');
  });
});
