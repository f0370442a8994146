import { ImplementationStatus } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aPublishedRecommendation, signedIn, THEMES } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const { id, title, summary, publishedAt, implementationStatus, theme } = aPublishedRecommendation();
const CARD = { id, title, summary, publishedAt, implementationStatus, theme, headline: null };

function page(nodes: object[], hasNextPage = false, totalCount = nodes.length) {
  return {
    data: {
      recommendations: {
        edges: nodes.map((node) => ({ node })),
        pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
        totalCount,
      },
    },
  };
}

describe('the public list of recommendations', () => {
  it('lists published recommendations, each linking to its page, for visitors too', async () => {
    const calls = fakeApi({ Me: signedIn(null), IdeaThemes: { data: { themes: THEMES } }, PublishedRecommendationList: page([CARD]) });
    const { wrapper } = await renderApp('/recommendations');

    expect(wrapper.get('main [role="status"] h2').text()).toBe('1 recommendation');
    const link = wrapper.get('.recommendation-results .nhsuk-card__link');
    expect(link.text()).toBe(title);
    expect(link.attributes('href')).toBe('/recommendations/r1');
    expect(wrapper.get('.recommendation-results .nhsuk-tag').text()).toBe('Accepted');
    expect(calls.find((call) => call.operationName === 'PublishedRecommendationList')?.variables).toEqual({
      first: 20,
      after: null,
      query: null,
      theme: null,
      implementationStatus: null,
    });
  });

  it('searches and filters through the address, showing the matched words the API marked', async () => {
    const calls = fakeApi({
      Me: signedIn(null),
      IdeaThemes: { data: { themes: THEMES } },
      PublishedRecommendationList: (variables) =>
        page(variables.query ? [{ ...CARD, headline: 'Every new system uses <mark>open</mark> standards &amp; APIs' }] : [CARD]),
    });
    const { wrapper, router } = await renderApp('/recommendations');

    await wrapper.get('#search').setValue('open');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    await wrapper.get('#theme').setValue('interoperability');
    await wrapper.get('#status').setValue(ImplementationStatus.IN_PROGRESS);
    await wrapper.get('form[aria-labelledby="filter-heading"]').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ q: 'open', theme: 'interoperability', status: 'IN_PROGRESS' });
    expect(calls.filter((call) => call.operationName === 'PublishedRecommendationList').at(-1)?.variables).toMatchObject({
      query: 'open',
      theme: 'interoperability',
      implementationStatus: 'IN_PROGRESS',
    });
    const description = wrapper.get('.recommendation-results .nhsuk-card__description');
    expect(description.get('mark').text()).toBe('open');
    expect(description.text()).toBe('Every new system uses open standards & APIs');
    expect(wrapper.text()).toContain('1 recommendation matching ‘open’');
  });

  it('shows the whole summary when the words matched only the title', async () => {
    fakeApi({
      Me: signedIn(null),
      IdeaThemes: { data: { themes: THEMES } },
      PublishedRecommendationList: page([{ ...CARD, headline: 'Every new clinical system should exchange data through' }]),
    });
    const { wrapper } = await renderApp('/recommendations?q=adopt');

    expect(wrapper.get('.recommendation-results .nhsuk-card__description').text()).toBe(summary);
  });

  it('shows the next page below the first', async () => {
    const second = { ...CARD, id: 'r2', title: 'Protect time for digital training' };
    fakeApi({
      Me: signedIn(null),
      IdeaThemes: { data: { themes: THEMES } },
      PublishedRecommendationList: (variables) => (variables.after ? page([second], false, 2) : page([CARD], true, 2)),
    });
    const { wrapper } = await renderApp('/recommendations');

    await wrapper.get('.recommendation-results button').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('.recommendation-results .nhsuk-card__link').map((link) => link.text())).toEqual([title, second.title]);
    expect(wrapper.find('.recommendation-results button').exists()).toBe(false);
  });
});
