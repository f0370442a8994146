import { ContentType, ModerationDecision } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { ADMIN, BEN, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const FLAGGED_COMMENT = {
  contentType: ContentType.COMMENT,
  contentId: 'k1',
  ideaId: 'i1',
  title: 'Share discharge summaries',
  excerpt: 'Buy cheap watches at…',
  hidden: false,
  flagCount: 2,
  reasons: ['Advertising', 'Spam'],
  lastFlaggedAt: '2026-03-04T10:00:00Z',
};

describe('the moderation queue', () => {
  it('lists flagged content with the reasons, and hides it with a reason', async () => {
    let decided = false;
    const calls = fakeApi({
      Me: signedIn(ADMIN),
      ModerationQueue: () => ({ data: { moderationQueue: decided ? [] : [FLAGGED_COMMENT] } }),
      ModerateContent: () => ((decided = true), { data: { moderateContent: true } }),
    });
    const { wrapper } = await renderApp('/admin/moderation');

    const card = wrapper.get('main .nhsuk-card');
    expect(card.get('h2 a').attributes('href')).toBe('/ideas/i1#comment-k1');
    expect(card.text()).toContain('Comment on an idea');
    expect(card.text()).toContain('Buy cheap watches at…');
    expect(card.text()).toContain('Flagged 2 times, most recently on 4 March 2026');
    expect(card.findAll('.nhsuk-list--bullet li').map((item) => item.text())).toEqual(['Advertising', 'Spam']);

    await card.get('form').trigger('submit');
    expect(wrapper.get('#moderate-k1-reason-error').text()).toBe('Error: Enter a reason');

    await wrapper.get('#moderate-k1-reason').setValue('Advertising is not allowed');
    await wrapper.get('main .nhsuk-card form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'ModerateContent')?.variables).toEqual({
      input: { contentType: ContentType.COMMENT, contentId: 'k1', decision: ModerationDecision.HIDE, reason: 'Advertising is not allowed' },
    });
    expect(wrapper.text()).toContain('The comment “Share discharge summaries” was hidden.');
    expect(wrapper.text()).toContain('Nothing is waiting for moderation.');
  });

  it('is only for administrators', async () => {
    const calls = fakeApi({ Me: signedIn(BEN) });
    const { wrapper } = await renderApp('/admin/moderation');

    expect(wrapper.text()).toContain('Only administrators can moderate content.');
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
    expect(wrapper.find('.nhsuk-header__navigation a[href="/admin/moderation"]').exists()).toBe(false);
  });
});
