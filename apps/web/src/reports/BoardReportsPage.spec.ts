import { ReportStatus, Role } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { aReport, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const COUNTS = {
  data: {
    received: { totalCount: 2 },
    acknowledged: { totalCount: 0 },
    underReview: { totalCount: 1 },
    addressed: { totalCount: 0 },
    referredElsewhere: { totalCount: 0 },
    closed: { totalCount: 0 },
  },
};

function page(ids: string[], status: ReportStatus, hasNextPage: boolean) {
  return {
    data: {
      practiceGapReports: {
        totalCount: 3,
        pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
        edges: ids.map((id) => ({ node: { ...aReport({ id, status, guidance: `Guidance ${id}` }) } })),
      },
    },
  };
}

describe('the board’s list of reports', () => {
  it('filters by status from the address, counts each status, and shows more on request', async () => {
    const calls = fakeApi({
      Me: signedInAs(Role.BOARD_MEMBER),
      ReportCounts: COUNTS,
      PracticeGapReports: ({ after }) =>
        after ? page(['c'], ReportStatus.RECEIVED, false) : page(['a', 'b'], ReportStatus.RECEIVED, true),
    });
    const { wrapper } = await renderApp('/board/reports?status=RECEIVED');

    expect(calls.find((call) => call.operationName === 'PracticeGapReports')?.variables).toEqual({
      first: 20,
      after: null,
      status: 'RECEIVED',
    });
    const filters = wrapper.findAll('nav[aria-label="Filter by status"] a');
    expect(filters.map((link) => link.text())).toEqual([
      'All (3)',
      'Received (2)',
      'Acknowledged (0)',
      'Under review (1)',
      'Addressed (0)',
      'Referred elsewhere (0)',
      'Closed (0)',
    ]);
    expect(filters[1].attributes('aria-current')).toBe('page');
    expect(wrapper.findAll('tbody a').map((link) => link.text())).toEqual(['Guidance a', 'Guidance b']);

    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Show more reports')!
      .trigger('click');
    await flushPromises();

    expect(calls.at(-1)?.variables).toMatchObject({ after: 'cursor-1' });
    expect(wrapper.findAll('tbody a').map((link) => link.text())).toEqual(['Guidance a', 'Guidance b', 'Guidance c']);
    expect(document.activeElement?.textContent).toBe('Guidance c');
    expect(wrapper.findAll('button').some((button) => button.text() === 'Show more reports')).toBe(false);
  });

  // The header's one "Board" item leads to the board's pages, the reports among them (reviews/boardLinks.ts).
  it('shows board members the way to the board’s pages in the header, and not others', async () => {
    fakeApi({ Me: signedInAs(Role.BOARD_MEMBER), ReportCounts: COUNTS, PracticeGapReports: page([], ReportStatus.RECEIVED, false) });
    const board = await renderApp('/report');
    expect(board.wrapper.get('.nhsuk-header__navigation a[href="/board/review"]').text()).toBe('Board');

    fakeApi({ Me: signedInAs() });
    const contributor = await renderApp('/report');
    expect(contributor.wrapper.get('.nhsuk-header__navigation').text()).toContain('Report a gap');
    expect(contributor.wrapper.find('.nhsuk-header__navigation a[href="/board/review"]').exists()).toBe(false);
  });
});
