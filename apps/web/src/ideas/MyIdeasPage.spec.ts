import { IdeaStatus } from '@ideas-hub/domain';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { aDraft, ASHA, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const mine = (overrides: Parameters<typeof aDraft>[0]) => ({
  ...aDraft(overrides),
  hidden: false,
  updatedAt: '2026-03-04T10:00:00Z',
  submittedAt: null,
  endorsementCount: 0,
  commentCount: 0,
});

describe('your ideas', () => {
  it('lists drafts to continue where they were left, and submitted ideas with their status', async () => {
    fakeApi({
      Me: signedIn(ASHA),
      MyIdeas: {
        data: {
          myIdeas: [
            mine({ id: 'd1', title: 'Half done', proposal: '', benefits: [], theme: null }),
            mine({ id: 'd2', title: '', summary: '' }),
            mine({ id: 'd3', title: 'Every answer given' }),
            { ...mine({ id: 'i1', title: 'Out in the open', status: IdeaStatus.SHORTLISTED }), endorsementCount: 5, commentCount: 1 },
            { ...mine({ id: 'i2', title: 'Taken down', status: IdeaStatus.SUBMITTED }), hidden: true },
          ],
        },
      },
    });
    const { wrapper } = await renderApp('/my-ideas');

    const [drafts, submitted] = wrapper.findAll('main ul.nhsuk-list');
    expect(drafts.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Half done: continue this draft', '/ideas/d1/draft/proposal'],
      ['Untitled idea: continue this draft', '/ideas/d2/draft/title'],
      ['Every answer given: continue this draft', '/ideas/d3/draft/check'],
    ]);
    expect(drafts.text()).toContain('Last saved 4 March 2026');
    const items = submitted.findAll('li').map((item) => item.text());
    expect(items[0]).toContain('Out in the open');
    expect(items[0]).toContain('Shortlisted');
    expect(items[0]).toContain('5 endorsements, 1 comment');
    expect(items[1]).toContain('Hidden');
  });

  it('says when there are none yet', async () => {
    fakeApi({ Me: signedIn(ASHA), MyIdeas: { data: { myIdeas: [] } } });
    const { wrapper } = await renderApp('/my-ideas');

    expect(wrapper.text()).toContain('You have not started any ideas yet.');
    expect(wrapper.get('main a[href="/ideas/new"]').text()).toBe('Submit an idea');
  });
});
