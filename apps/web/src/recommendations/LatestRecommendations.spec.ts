import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import LatestRecommendations from './LatestRecommendations.vue';

describe('the latest recommendations', () => {
  it('shows each published recommendation as a card', async () => {
    const calls = fakeApi({
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
                  theme: { id: 't1', name: 'Interoperability' },
                },
              },
            ],
          },
        },
      },
    });
    const wrapper = mount(LatestRecommendations);
    await flushPromises();

    const card = wrapper.get('.nhsuk-card');
    expect(card.get('h3').text()).toBe('Make patient records follow the patient');
    expect(card.text()).toContain('Theme: Interoperability');
    expect(card.get('time').attributes('datetime')).toBe('2026-03-03T10:00:00Z');
    expect(card.get('time').text()).toBe('3 March 2026');
    expect(calls[0]?.variables).toEqual({ first: 3 });
  });

  it('says so when nothing has been published yet', async () => {
    fakeApi({ LatestRecommendations: { data: { recommendations: { edges: [] } } } });
    const wrapper = mount(LatestRecommendations);
    await flushPromises();

    expect(wrapper.text()).toContain('The board has not published any recommendations yet.');
    expect(wrapper.find('.nhsuk-card').exists()).toBe(false);
  });

  it('says so when the recommendations cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const wrapper = mount(LatestRecommendations);
    await flushPromises();

    expect(wrapper.text()).toContain('The latest recommendations cannot be shown at the moment.');
  });
});
