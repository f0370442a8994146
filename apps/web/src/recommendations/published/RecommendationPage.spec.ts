import { flushPromises, type DOMWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aPublishedRecommendation, aRecommendation, READER, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

/** The rows of a table as a reader sees them. */
function tableRows(table: DOMWrapper<Element>): string[][] {
  return table.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
}

describe('a published recommendation, as anyone reads it', () => {
  it('shows the text, who should act, its date and revision, and the ideas with their authors', async () => {
    const recommendation = aPublishedRecommendation({
      ideas: [
        {
          id: 'i1',
          title: 'Require open APIs in every contract',
          author: { id: 'a1', name: 'Jamie Clarke', profession: aRecommendation().ideas[0].author!.profession },
        },
        { id: 'i2', title: 'An idea whose author is not given', author: null },
      ],
      reportCount: 2,
    });
    fakeApi({ Me: signedIn(null), PublicRecommendation: { data: { recommendation } } });
    const { wrapper } = await renderApp('/recommendations/r1');

    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe(recommendation.title);
    expect(document.title).toBe(`${recommendation.title} – HealthTech Ideas Hub`);
    expect(main.text()).toContain('Published 3 March 2026 (revision 2)');
    expect(tableRows(main.findAll('table')[0])).toEqual([
      ['Make FHIR UK Core a condition of every contract', 'NHS England commercial teams'],
    ]);
    const ideas = main
      .findAll('li')
      .filter((item) => item.find('a[href^="/ideas/"]').exists())
      .map((item) => item.text());
    expect(ideas).toEqual([
      'Require open APIs in every contract, an idea by Jamie Clarke, Technology expert',
      'An idea whose author is not given',
    ]);
    expect(main.text()).toContain('It also draws on 2 reports of where best practice is not being followed.');
    expect(main.text()).toContain('Contract templates will change.');
  });

  it('links each idea it draws on back to that idea’s page', async () => {
    fakeApi({ Me: signedIn(null), PublicRecommendation: { data: { recommendation: aPublishedRecommendation() } } });
    const { wrapper } = await renderApp('/recommendations/r1');

    const links = wrapper.findAll('main li a').filter((link) => link.attributes('href')?.startsWith('/ideas/'));
    expect(links.map((link) => link.attributes('href'))).toEqual(aPublishedRecommendation().ideas.map((idea) => `/ideas/${idea.id}`));
  });

  it('shows the vote record: the counts, the quorum and each member’s vote or recusal', async () => {
    fakeApi({ Me: signedIn(null), PublicRecommendation: { data: { recommendation: aPublishedRecommendation() } } });
    const { wrapper } = await renderApp('/recommendations/r1');

    const counts = Object.fromEntries(
      wrapper.findAll('.nhsuk-summary-list__row').map((row) => [row.get('dt').text(), row.get('dd').text()]),
    );
    expect(counts).toEqual({
      Result: 'Passed',
      For: '1',
      Against: '0',
      Abstained: '1',
      Recused: '1',
      Quorum: '50% of the 4 members eligible to vote',
    });
    const record = wrapper.findAll('table').find((table) => table.get('caption').text() === 'How each member voted')!;
    expect(tableRows(record)).toEqual([
      ['Martin Okafor', 'For'],
      ['Sarah Lindqvist', 'Abstained'],
      ['Tom Evans', 'Recused (declared a conflict of interest)'],
    ]);
    expect(wrapper.text()).toContain('2 members eligible to vote did not vote.');
  });

  it('asks a visitor to sign in to follow, and lets a signed-in reader follow', async () => {
    const calls = fakeApi({
      Me: signedIn(READER),
      PublicRecommendation: { data: { recommendation: aPublishedRecommendation() } },
      FollowRecommendation: { data: { followRecommendation: { id: 'r1', followedByMe: true } } },
    });
    const { wrapper } = await renderApp('/recommendations/r1');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.filter((call) => call.operationName === 'FollowRecommendation')).toHaveLength(1);
    expect(wrapper.get('main form button').text()).toBe('Unfollow this recommendation');
    expect(wrapper.text()).toContain('You are following this recommendation');
  });

  it('offers a visitor a sign-in link instead of the button', async () => {
    fakeApi({ Me: signedIn(null), PublicRecommendation: { data: { recommendation: aPublishedRecommendation() } } });
    const { wrapper } = await renderApp('/recommendations/r1');

    expect(wrapper.find('main form').exists()).toBe(false);
    expect(wrapper.get('main a[href="/sign-in?redirect=/recommendations/r1"]').text()).toBe('Sign in to follow this recommendation');
  });

  it('says so when the recommendation is not published', async () => {
    fakeApi({
      Me: signedIn(null),
      PublicRecommendation: { errors: [{ message: 'Recommendation not found', extensions: { code: 'NOT_FOUND' as never } }] },
    });
    const { wrapper } = await renderApp('/recommendations/nope');

    expect(wrapper.get('main h1').text()).toBe('Recommendation not found');
    expect(document.title).toBe('Recommendation not found – HealthTech Ideas Hub');
  });
});
