import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aRecommendation, CHAIR, MEMBER, READER, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const revision = (number: number, title: string, audience: string) => {
  const { summary, rationale, actions, organisations } = aRecommendation();
  const editor = number === 1 ? CHAIR : MEMBER;
  return {
    number,
    title,
    summary,
    rationale,
    actions,
    audience,
    organisations,
    createdAt: `2026-02-2${number}T10:00:00Z`,
    editor: { id: editor.id, name: editor.name },
  };
};

describe('comparing two revisions', () => {
  it('marks the words taken out and put in, field by field', async () => {
    fakeApi({
      Me: signedIn(MEMBER),
      RecommendationRevisions: {
        data: {
          recommendation: { id: 'r1', title: 'Adopt published standards' },
          recommendationRevisions: [
            revision(1, 'Adopt open standards', 'Trust boards'),
            revision(2, 'Adopt published standards', 'Trust boards'),
            revision(3, 'Adopt published standards now', 'Trust boards and suppliers'),
          ],
        },
      },
    });
    const { wrapper, router } = await renderApp('/board/recommendations/r1/compare?from=1&to=3');

    const field = (label: string) => {
      const heading = wrapper.findAll('main h2').find((h2) => h2.text() === label)!;
      return heading.element.nextElementSibling as HTMLElement;
    };
    expect(field('Title').querySelector('del')?.textContent).toBe('[taken out: open]');
    expect(Array.from(field('Title').querySelectorAll('ins')).map((ins) => ins.textContent)).toEqual([
      '[put in: published]',
      '[put in:  now]',
    ]);
    expect(field('Audience').querySelector('ins')?.textContent).toBe('[put in:  and suppliers]');
    expect(field('Summary').textContent).toBe('No change.');
    expect(wrapper.text()).toContain(
      'Revision 1 (Priya Shah, 21 February 2026) compared with revision 3 (Martin Okafor, 23 February 2026)',
    );

    await wrapper.get('#compare-from').setValue('2');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/board/recommendations/r1/compare?from=2&to=3');
    expect(field('Title').querySelector('del')).toBeNull();
  });

  it('does not exist for people outside the board', async () => {
    fakeApi({ Me: signedIn(READER) });
    const { wrapper } = await renderApp('/board/recommendations/r1/compare?from=1&to=2');

    expect(wrapper.get('main h1').text()).toBe('Page not found');
  });
});
