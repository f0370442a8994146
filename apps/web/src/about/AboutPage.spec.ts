import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const NO_RECOMMENDATIONS = { data: { recommendations: { edges: [] } } };

describe('the About page', () => {
  it('explains the hub under its headings, for a visitor, with its own title', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper } = await renderApp('/about');

    expect(document.title).toBe('About the hub – HealthTech Ideas Hub');
    expect(wrapper.findAll('main h1, main h2').map((heading) => heading.text())).toEqual([
      'About the hub',
      'What the hub is',
      'How an idea becomes a recommendation',
      'Who sits on the board',
      'How conflicts of interest are handled',
      'Who sees a report',
    ]);
    expect(wrapper.findAll('main ol > li')).toHaveLength(6);
    expect(wrapper.get('main a[href="/board/members"]').text()).toBe('See who sits on the board');
    expect(wrapper.get('main').text()).toContain('Confidential: only the chair and administrators see your name.');
  });

  it('is in the header for everyone, and opens from there', async () => {
    fakeApi({ Me: SIGNED_OUT, LatestRecommendations: NO_RECOMMENDATIONS });
    const { wrapper, router } = await renderApp('/');

    const link = wrapper.get('.nhsuk-header__navigation a[href="/about"]');
    expect(link.text()).toBe('About');
    await link.trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('about');
    expect(wrapper.get('.nhsuk-header__navigation a[href="/about"]').attributes('aria-current')).toBe('page');
  });
});
