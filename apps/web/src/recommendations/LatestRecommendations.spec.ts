import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

describe('the latest recommendations on the home page', () => {
  it('shows each published recommendation as a card linking to its page', async () => {
    const calls = fakeApi({
      Me: SIGNED_OUT,
      LatestRecommendations: {
        data: {
          recommendations: {
            edges: [
              {
                node: {
                  id: 'r1',
                  title: 'Make patient records follow the patient',
                  summary: 'Every care setting should read and write the same record.',
                  publishedAt: '2026-03-03T10:00:00Z',
                  implementationStatus: null,
                  theme: { id: 't1', name: 'Interoperability' },
                },
              },
            ],
          },
        },
      },
    });
    const { wrapper } = await renderApp('/');

    const card = wrapper.get('.nhsuk-card');
    expect(card.get('h3').text()).toBe('Make patient records follow the patient');
    expect(card.get('h3 a').attributes('href')).toBe('/recommendations/r1');
    expect(card.text()).toContain('Theme: Interoperability');
    expect(card.get('time').attributes('datetime')).toBe('2026-03-03T10:00:00Z');
    expect(card.get('time').text()).toBe('3 March 2026');
    expect(wrapper.get('main a[href="/recommendations"]').text()).toBe('See all the board’s recommendations');
    expect(calls.find((call) => call.operationName === 'LatestRecommendations')?.variables).toEqual({ first: 3 });
  });

  it('says so when nothing has been published yet', async () => {
    fakeApi({ Me: SIGNED_OUT, LatestRecommendations: { data: { recommendations: { edges: [] } } } });
    const { wrapper } = await renderApp('/');

    expect(wrapper.text()).toContain('The board has not published any recommendations yet.');
    expect(wrapper.find('main .nhsuk-card').exists()).toBe(false);
  });

  it('says so when the recommendations cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeApi({ Me: SIGNED_OUT, LatestRecommendations: { errors: [{ message: 'Down' }] } });
    const { wrapper } = await renderApp('/');
    await flushPromises();

    expect(wrapper.text()).toContain('The latest recommendations cannot be shown at the moment.');
  });
});
