import { IdeaStatus, ReportStatus, ReviewItemKind, Role } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { aQueueItem, MARTIN, SARAH, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const COUNTS = [
  { kind: ReviewItemKind.IDEA, status: IdeaStatus.SUBMITTED, count: 3 },
  { kind: ReviewItemKind.IDEA, status: IdeaStatus.UNDER_REVIEW, count: 1 },
  { kind: ReviewItemKind.REPORT, status: ReportStatus.ACKNOWLEDGED, count: 2 },
  { kind: ReviewItemKind.REPORT, status: ReportStatus.UNDER_REVIEW, count: 4 },
];
const REPORT = aQueueItem({
  kind: ReviewItemKind.REPORT,
  id: 'r1',
  title: 'NICE NG51 sepsis',
  status: ReportStatus.ACKNOWLEDGED,
  theme: null,
});

function queue(items = [aQueueItem({ reviewers: [MARTIN, SARAH], reviewCount: 2, reviewedByMe: true, assignedToMe: true }), REPORT]) {
  return { data: { reviewQueue: { totalCount: items.length, counts: COUNTS, items } } };
}

const optionTexts = (wrapper: Awaited<ReturnType<typeof renderApp>>['wrapper'], id: string) =>
  wrapper.findAll(`#${id} option`).map((option) => option.text());

describe('the review queue', () => {
  it('lists what awaits the board, with who reviews it and whether you have', async () => {
    fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewQueue: queue() });
    const { wrapper } = await renderApp('/board/review');

    expect(wrapper.get('h1').text()).toBe('Review queue');
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows[0]).toEqual([
      `${aQueueItem().title}Interoperability`,
      'Idea',
      'Submitted',
      '3 March 2026',
      'You, Sarah Lindqvist',
      '2 Including yours',
    ]);
    expect(rows[1]).toEqual(['NICE NG51 sepsisNo theme', 'Report', 'Acknowledged', '3 March 2026', 'None assigned', '0 Not yet yours']);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/board/review/idea/${aQueueItem().id}`);
    expect(wrapper.findAll('tbody a')[1].attributes('href')).toBe('/board/review/report/r1');
  });

  it('counts the queue by kind and status, and filters it through the address', async () => {
    const calls = fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewQueue: queue() });
    const { wrapper, router } = await renderApp('/board/review');

    expect(optionTexts(wrapper, 'queue-kind')).toEqual(['Ideas and reports (10)', 'Ideas (4)', 'Reports (6)']);
    expect(optionTexts(wrapper, 'queue-status')).toEqual([
      'Any status (10)',
      'Submitted (3)',
      'Under review (5)',
      'Shortlisted (0)',
      'Received (0)',
      'Acknowledged (2)',
    ]);
    await wrapper.get('#queue-kind').setValue(ReviewItemKind.REPORT);
    expect(optionTexts(wrapper, 'queue-status')).toEqual(['Any status (6)', 'Received (0)', 'Acknowledged (2)', 'Under review (4)']);
    await wrapper.get('#queue-status').setValue(ReportStatus.UNDER_REVIEW);
    await wrapper.get('#queue-reviewer').setValue('yes');
    wrapper.get('main form').element.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(router.currentRoute.value.fullPath).toBe('/board/review?kind=report&status=UNDER_REVIEW&mine=yes');
    expect(calls.at(-1)).toMatchObject({
      operationName: 'ReviewQueue',
      variables: { kind: ReviewItemKind.REPORT, status: ReportStatus.UNDER_REVIEW, assignedToMe: true },
    });
  });

  it('reads the filters from the address, ignoring what it does not know', async () => {
    const calls = fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewQueue: queue([]) });
    const { wrapper } = await renderApp('/board/review?kind=idea&status=RECEIVED&mine=maybe');

    expect(calls.at(-1)?.variables).toEqual({ kind: ReviewItemKind.IDEA, status: null, assignedToMe: null });
    expect(wrapper.text()).toContain('Nothing in the queue matches these filters.');
  });

  it('is reached from the header’s “Board” item, and leads to the board’s other pages', async () => {
    fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewQueue: queue() });
    const { wrapper } = await renderApp('/privacy');

    expect(wrapper.get('.nhsuk-header__navigation a[href="/board/review"]').text()).toBe('Board');
    await wrapper.get('.nhsuk-header__navigation a[href="/board/review"]').trigger('click');
    await flushPromises();
    const work = wrapper.get('nav[aria-label="Board work"]');
    expect(work.get('a[aria-current="page"]').text()).toBe('Review queue');
    expect(work.get('a[href="/board/reports"]').text()).toBe('Practice gap reports');
  });
});
