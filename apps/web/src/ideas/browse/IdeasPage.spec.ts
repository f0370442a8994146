import { IdeaSort, IdeaStatus, Profession } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { IdeaListItemFragment } from '../../graphql/generated/graphql';
import { fakeApi, SIGNED_OUT } from '../../test/fakeApi';
import { THEMES } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

function listed(id: string, overrides: Partial<IdeaListItemFragment> = {}): IdeaListItemFragment {
  return {
    id,
    title: `Idea ${id}`,
    summary: `Summary of ${id}`,
    status: IdeaStatus.SUBMITTED,
    endorsementCount: 2,
    commentCount: 1,
    submittedAt: '2026-03-03T10:00:00Z',
    headline: null,
    theme: { id: 't1', name: 'Interoperability' },
    author: { id: 'a1', name: 'Asha Patel', profession: Profession.CLINICIAN },
    ...overrides,
  };
}

function connection(ideas: IdeaListItemFragment[], totalCount = ideas.length, endCursor: string | null = null) {
  return {
    data: {
      ideas: {
        edges: ideas.map((node) => ({ cursor: `c-${node.id}`, node })),
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
        totalCount,
      },
    },
  };
}

function browse(path: string, answer: (variables: Record<string, unknown>) => ReturnType<typeof connection>) {
  const calls = fakeApi({ Me: SIGNED_OUT, IdeaThemes: { data: { themes: THEMES } }, Ideas: answer });
  const asked = () => calls.filter((call) => call.operationName === 'Ideas').map((call) => call.variables);
  return { asked, rendered: renderApp(path) };
}

describe('browsing ideas', () => {
  it('shows each idea with its theme, status, author and counts, and how many there are', async () => {
    const { rendered } = browse('/ideas', () =>
      connection(
        [listed('1'), listed('2', { endorsementCount: 1, commentCount: 0, theme: null, status: IdeaStatus.SHORTLISTED })],
        12,
        'c-2',
      ),
    );
    const { wrapper } = await rendered;

    expect(wrapper.get('.ideas-results h2').text()).toBe('12 ideas');
    const cards = wrapper.findAll('.ideas-results .nhsuk-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].get('h3 a').attributes('href')).toBe('/ideas/1');
    expect(cards[0].text()).toContain('Summary of 1');
    expect(cards[0].text()).toContain('Submitted');
    expect(cards[0].text()).toContain('Theme: Interoperability');
    expect(cards[0].text()).toContain('By Asha Patel, Clinician, submitted 3 March 2026');
    expect(cards[0].text()).toContain('2 endorsements · 1 comment');
    expect(cards[1].text()).toContain('Shortlisted');
    expect(cards[1].text()).toContain('1 endorsement · 0 comments');
    expect(cards[1].text()).not.toContain('Theme:');
    expect(wrapper.text()).toContain('Sign in to submit an idea');
  });

  it('searches by best match and shows the highlighted snippet', async () => {
    const headline = 'Move to <mark>electronic</mark> <mark>prescribing</mark> &lt;b&gt;now&lt;/b&gt;';
    const { rendered, asked } = browse('/ideas', () => connection([listed('7', { headline })]));
    const { wrapper, router } = await rendered;

    await wrapper.get('#search').setValue('electronic prescribing');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.fullPath).toBe('/ideas?q=electronic+prescribing');
    expect(asked().at(-1)).toMatchObject({ query: 'electronic prescribing', sort: IdeaSort.RELEVANCE, after: null });
    const snippet = wrapper.get('.ideas-results .nhsuk-card__description');
    expect(snippet.findAll('mark').map((mark) => mark.text())).toEqual(['electronic', 'prescribing']);
    expect(snippet.find('b').exists()).toBe(false);
    expect(snippet.text()).toContain('<b>now</b>');
    expect(wrapper.get('.ideas-results h2').text()).toBe('1 idea matching ‘electronic prescribing’');
    expect((wrapper.get('#sort').element as HTMLSelectElement).value).toBe(IdeaSort.RELEVANCE);
  });

  it('puts the filters in the address, so the list can be shared and the back button restores it', async () => {
    const { rendered, asked } = browse('/ideas', () => connection([listed('1')]));
    const { wrapper, router } = await rendered;

    await wrapper.get('#theme').setValue('workforce');
    await wrapper.get('#status').setValue(IdeaStatus.UNDER_REVIEW);
    await wrapper.get('#profession').setValue(Profession.ACADEMIC);
    await wrapper.get('#tag').setValue(' Rota ');
    await wrapper.get('#sort').setValue(IdeaSort.MOST_ENDORSED);
    await wrapper.get('form[aria-labelledby="filter-heading"]').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({
      theme: 'workforce',
      status: 'UNDER_REVIEW',
      profession: 'ACADEMIC',
      tag: 'rota',
      sort: 'MOST_ENDORSED',
    });
    expect(asked().at(-1)).toEqual({
      first: 20,
      after: null,
      query: null,
      theme: 'workforce',
      status: IdeaStatus.UNDER_REVIEW,
      profession: Profession.ACADEMIC,
      tag: 'rota',
      sort: IdeaSort.MOST_ENDORSED,
    });

    router.back();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/ideas');
    expect(asked().at(-1)).toMatchObject({ theme: null, status: null, sort: IdeaSort.NEWEST });
    expect((wrapper.get('#theme').element as HTMLSelectElement).value).toBe('');
  });

  it('opens a shared link with its filters, ignoring values it does not know', async () => {
    const { rendered, asked } = browse('/ideas?status=DRAFT&profession=CLINICIAN&sort=SHUFFLE&tag=AI', () => connection([]));
    const { wrapper } = await rendered;

    expect(asked()).toEqual([
      {
        first: 20,
        after: null,
        query: null,
        theme: null,
        status: null,
        profession: Profession.CLINICIAN,
        tag: 'ai',
        sort: IdeaSort.NEWEST,
      },
    ]);
    expect(wrapper.get('.ideas-results h2').text()).toBe('0 ideas');
    expect(wrapper.text()).toContain('No ideas match.');
  });

  it('shows more ideas from where the last page ended', async () => {
    const { rendered, asked } = browse('/ideas?theme=interoperability', ({ after }) =>
      after ? connection([listed('3')], 3) : connection([listed('1'), listed('2')], 3, 'c-2'),
    );
    const { wrapper } = await rendered;

    const more = wrapper.findAll('button').find((button) => button.text() === 'Show more ideas')!;
    await more.trigger('click');
    await flushPromises();

    expect(asked().at(-1)).toMatchObject({ after: 'c-2', theme: 'interoperability' });
    expect(wrapper.findAll('.ideas-results h3').map((heading) => heading.text())).toEqual(['Idea 1', 'Idea 2', 'Idea 3']);
    expect(document.activeElement?.textContent).toBe('Idea 3');
    expect(wrapper.findAll('button').some((button) => button.text() === 'Show more ideas')).toBe(false);
  });
});
