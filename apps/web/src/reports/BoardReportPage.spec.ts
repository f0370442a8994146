import { IdentityMode, Profession, ReportStatus, Role } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { aReport, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const REPORT = aReport();
const PATH = `/board/reports/${REPORT.id}`;
const RECOMMENDATIONS = { data: { recommendations: { edges: [{ node: { id: 'r1', title: 'Sepsis screening at night' } }] } } };

function statusForm(wrapper: VueWrapper) {
  return wrapper.get('#status-UNDER_REVIEW, #status-ADDRESSED').element.closest('form')!;
}

async function submitStatus(wrapper: VueWrapper) {
  statusForm(wrapper).dispatchEvent(new Event('submit'));
  await flushPromises();
}

describe('a report on the board', () => {
  it('shows what was reported and that nobody can know who sent an anonymous report', async () => {
    fakeApi({
      Me: signedInAs(Role.BOARD_MEMBER),
      BoardReport: { data: { practiceGapReport: REPORT } },
      PublishedRecommendations: RECOMMENDATIONS,
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.get('h1').text()).toBe('Report GAP-7K4M-Q2XD');
    expect(wrapper.text()).toContain('Anonymous: nobody can know who sent this report');
    expect(wrapper.text()).toContain('Screening is skipped at night.');
    expect(wrapper.get('a[href="https://example.org/audit"]').text()).toBe('Audit 2025');
  });

  it('shows a confidential reporter only when the API gives one', async () => {
    const confidential = aReport({ identityMode: IdentityMode.CONFIDENTIAL });
    fakeApi({
      Me: signedInAs(Role.BOARD_MEMBER),
      BoardReport: { data: { practiceGapReport: confidential } },
      PublishedRecommendations: RECOMMENDATIONS,
    });
    const { wrapper } = await renderApp(PATH);
    expect(wrapper.text()).toContain('Confidential: only the chair and administrators see who sent this report');

    const named = aReport({
      identityMode: IdentityMode.CONFIDENTIAL,
      reporter: { id: 'a1', name: 'Sam Okafor', email: 'sam@example.nhs.uk', profession: Profession.NURSE_MIDWIFE_AHP, organisation: null },
    });
    fakeApi({ Me: signedInAs(Role.CHAIR), BoardReport: { data: { practiceGapReport: named } }, PublishedRecommendations: RECOMMENDATIONS });
    const chair = await renderApp(PATH);
    expect(chair.wrapper.text()).toContain('Sam Okafor');
    expect(chair.wrapper.text()).toContain('sam@example.nhs.uk');
  });

  it('offers only the statuses that can come next', async () => {
    fakeApi({
      Me: signedInAs(Role.BOARD_MEMBER),
      BoardReport: { data: { practiceGapReport: REPORT } },
      PublishedRecommendations: RECOMMENDATIONS,
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.findAll('input[name="status"]').map((input) => input.attributes('value'))).toEqual([
      ReportStatus.ADDRESSED,
      ReportStatus.REFERRED_ELSEWHERE,
      ReportStatus.CLOSED,
    ]);
    await wrapper.get('#status-ADDRESSED').setValue(true);
    expect(wrapper.findAll('#recommendation option').map((option) => option.text())).toEqual(['None', 'Sepsis screening at night']);
  });

  it('requires a reason to close a report, without asking the API', async () => {
    const calls = fakeApi({
      Me: signedInAs(Role.BOARD_MEMBER),
      BoardReport: { data: { practiceGapReport: REPORT } },
      PublishedRecommendations: RECOMMENDATIONS,
    });
    const { wrapper } = await renderApp(PATH);

    await wrapper.get('#status-CLOSED').setValue(true);
    expect(wrapper.get('label[for="status-note"]').text()).toBe('Why is it being closed?');
    await submitStatus(wrapper);

    const link = wrapper.get('.nhsuk-error-summary a');
    expect([link.attributes('href'), link.text()]).toEqual(['#status-note', 'Enter why the report is closed']);
    expect(calls.some((call) => call.operationName === 'SetReportStatus')).toBe(false);
  });

  it('closes a report with its reason and shows the new status', async () => {
    const closed = aReport({ status: ReportStatus.CLOSED, statusNote: 'The trust has fixed its rota.' });
    const calls = fakeApi({
      Me: signedInAs(Role.BOARD_MEMBER),
      BoardReport: { data: { practiceGapReport: REPORT } },
      PublishedRecommendations: RECOMMENDATIONS,
      SetReportStatus: { data: { setReportStatus: closed } },
    });
    const { wrapper } = await renderApp(PATH);

    await wrapper.get('#status-CLOSED').setValue(true);
    await wrapper.get('#status-note').setValue('  The trust has fixed its rota. ');
    await submitStatus(wrapper);

    expect(calls.at(-1)?.variables).toEqual({
      input: { reportId: REPORT.id, status: 'CLOSED', note: 'The trust has fixed its rota.', recommendationId: null },
    });
    expect(wrapper.get('.nhsuk-tag').text()).toBe('Closed');
    expect(wrapper.text()).toContain('Status changed to closed.');
    expect(wrapper.text()).toContain('its status can no longer change');
  });

  it('is not found for someone who is not on the board', async () => {
    fakeApi({ Me: signedInAs() });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.get('h1').text()).toBe('Page not found');
  });
});
