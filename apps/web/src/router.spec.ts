import { Role } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from './router';
import { fakeApi, SIGNED_OUT, type FakeResponse } from './test/fakeApi';
import { signedInAs } from './test/fixtures';
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

describe('pages for those the policy allows', () => {
  const PAGES: [path: string, name: string][] = [
    ['/board/review', 'board-review'],
    ['/board/review/idea/i1', 'board-review-item'],
    ['/board/reports', 'board-reports'],
    ['/board/reports/p1', 'board-report'],
    ['/board/recommendations', 'board-recommendations'],
    ['/board/recommendations/new', 'board-recommendation-new'],
    ['/board/recommendations/r1', 'board-recommendation'],
    ['/board/recommendations/r1/edit', 'board-recommendation-edit'],
    ['/board/recommendations/r1/compare', 'board-recommendation-compare'],
  ];
  const DRAFTING = ['board-recommendation-new', 'board-recommendation-edit'];

  async function open(me: FakeResponse, path: string) {
    setActivePinia(createPinia());
    fakeApi({ Me: me });
    const router = createAppRouter(createMemoryHistory());
    await router.push(path);
    return router.currentRoute.value;
  }

  it.each(PAGES)('asks a visitor to sign in first for %s', async (path) => {
    const route = await open(SIGNED_OUT, path);
    expect([route.name, route.query]).toEqual(['sign-in', { redirect: path }]);
  });

  it.each(PAGES)('shows a contributor that %s is not found, at the same address', async (path) => {
    const route = await open(signedInAs(), path);
    expect([route.name, route.path]).toEqual(['not-found', path]);
  });

  it.each(PAGES)('opens %s for a board member', async (path, name) => {
    expect((await open(signedInAs(Role.BOARD_MEMBER), path)).name).toBe(name);
  });

  it.each(PAGES)('opens %s for an administrator unless it drafts: administrators are not members', async (path, name) => {
    expect((await open(signedInAs(Role.ADMIN), path)).name).toBe(DRAFTING.includes(name) ? 'not-found' : name);
  });
});
