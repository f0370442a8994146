import { ErrorCode, ReportStatus } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { COMPLETE_ANSWERS } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { useReportDraft } from './reportDraft';

const RECEIPT = {
  data: {
    reportPracticeGap: {
      receiptCode: 'GAP-7K4M-Q2XD',
      passphrase: 'M4PL-0RB7-L4NT-QU3T',
      status: ReportStatus.RECEIVED,
      boardSeesOn: '2026-03-04',
    },
  },
};
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The check page with every question answered, as the question pages would have left it. */
async function checkPage(answers: Parameters<typeof fakeApi>[0]) {
  const calls = fakeApi({ Me: SIGNED_OUT, ...answers });
  const rendered = await renderApp('/report');
  useReportDraft().save(structuredClone(COMPLETE_ANSWERS));
  await rendered.router.push('/report/check');
  await flushPromises();
  return { calls, ...rendered };
}

async function send(wrapper: VueWrapper) {
  await wrapper.get('main form').trigger('submit');
  await flushPromises();
}

describe('check your answers and send', () => {
  it('shows every answer with a link to change it that comes back here', async () => {
    const { wrapper, router } = await checkPage({});

    const rows = wrapper
      .findAll('.nhsuk-summary-list__row')
      .map((row) => [row.get('dt').text(), row.get('.nhsuk-summary-list__value').text()]);
    expect(rows).toEqual([
      ['How you are reporting', 'Anonymously: nobody, including the board, can know who I am'],
      ['Guidance or standard', 'NICE NG51 sepsis'],
      ['Link to the guidance', 'Not given'],
      ['Where', 'St Elsewhere Community Hospital'],
      ['What happens now', 'Screening is skipped at night.'],
      ['What should happen', 'Every adult is screened within an hour.'],
      ['Impact on patients or staff', 'Late antibiotics.'],
      ['Evidence', 'Audit 2025: https://example.org/audit'],
    ]);

    await wrapper.get('#change-impact-on-patients-or-staff').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/report/impact?from=check');
    await wrapper.get('#impact').setValue('Late antibiotics and longer stays.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('report-check');
    expect(wrapper.text()).toContain('Late antibiotics and longer stays.');
  });

  it('sends the answers and shows the receipt code and passphrase once, without storing them', async () => {
    const { wrapper, router, calls } = await checkPage({ ReportPracticeGap: RECEIPT });

    await send(wrapper);

    expect(calls.at(-1)?.variables).toEqual({
      input: {
        identityMode: 'ANONYMOUS',
        guidance: 'NICE NG51 sepsis',
        guidanceUrl: null,
        organisationOdsCode: null,
        organisationName: 'St Elsewhere Community Hospital',
        whatHappens: 'Screening is skipped at night.',
        whatShouldHappen: 'Every adult is screened within an hour.',
        impact: 'Late antibiotics.',
        evidence: [{ label: 'Audit 2025', url: 'https://example.org/audit' }],
        idempotencyKey: expect.stringMatching(UUID_V4),
      },
    });
    expect(router.currentRoute.value.fullPath).toBe('/report/sent');
    expect(wrapper.get('[data-testid="board-sees-on"]').text()).toContain('The board will see your report on 4 March 2026.');
    expect(wrapper.get('.nhsuk-panel h1').text()).toBe('Report sent');
    expect(wrapper.get('[data-testid="receipt-code"]').text()).toBe('GAP-7K4M-Q2XD');
    expect(wrapper.get('[data-testid="passphrase"]').text()).toBe('M4PL-0RB7-L4NT-QU3T');
    expect(wrapper.text()).toContain('We will not show the passphrase again');
    expect(JSON.stringify({ ...localStorage })).not.toContain('M4PL');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('M4PL');
    expect(useReportDraft().answers.whatHappens).toBe('');

    await router.push('/report/status');
    await router.push('/report/sent');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('There is no report to show');
    expect(wrapper.text()).not.toContain('M4PL-0RB7-L4NT-QU3T');
  });

  it('copies the receipt code and passphrase for the person to keep', async () => {
    const { wrapper } = await checkPage({ ReportPracticeGap: RECEIPT });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    await send(wrapper);

    await wrapper.get('button[type="button"]').trigger('click');
    await flushPromises();

    expect(copied).toBe('Receipt code: GAP-7K4M-Q2XD\nPassphrase: M4PL-0RB7-L4NT-QU3T');
    expect(wrapper.get('[role="status"]').text()).toContain('Copied');
  });

  it('shows the API’s refusal of patient data on the answer it names, linked to its Change link', async () => {
    const { wrapper, router } = await checkPage({
      ReportPracticeGap: {
        errors: [
          {
            message: 'Check your answers',
            extensions: {
              code: ErrorCode.BAD_USER_INPUT,
              fields: [{ field: 'whatHappens', message: 'Remove what looks like a postcode (“LS1 4AP”)' }],
            },
          },
        ],
      },
    });

    await send(wrapper);

    expect(router.currentRoute.value.name).toBe('report-check');
    const link = wrapper.get('.nhsuk-error-summary a');
    expect([link.attributes('href'), link.text()]).toEqual(['#change-what-happens-now', 'Remove what looks like a postcode (“LS1 4AP”)']);
    expect(wrapper.find('#change-what-happens-now').exists()).toBe(true);
    const row = wrapper.findAll('.nhsuk-summary-list__row').find((candidate) => candidate.get('dt').text() === 'What happens now');
    expect(row?.get('.nhsuk-error-message').text()).toBe('Error: Remove what looks like a postcode (“LS1 4AP”)');
  });

  it('says when the board will see an anonymous report, and sends one idempotency key per form, also on a retry', async () => {
    let attempt = 0;
    const { wrapper, calls } = await checkPage({
      // The first answer is lost (the network failed): the person presses Send again.
      ReportPracticeGap: () =>
        ++attempt === 1 ? { errors: [{ message: 'Try again', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] } : RECEIPT,
    });
    expect(wrapper.get('[data-testid="anonymous-delay"]').text()).toContain(
      'The board will see your anonymous report the day after you send it.',
    );

    await send(wrapper);
    await send(wrapper);
    const keys = calls
      .filter((call) => call.operationName === 'ReportPracticeGap')
      .map((call) => (call.variables.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID_V4);
    expect(keys[1]).toBe(keys[0]);

    // The next report is a new form, with a new key.
    useReportDraft().save(structuredClone(COMPLETE_ANSWERS));
    await useReportDraft().send(calls.at(-1)!.variables.input as never);
    const next = (calls.at(-1)!.variables.input as { idempotencyKey: string }).idempotencyKey;
    expect(next).toMatch(UUID_V4);
    expect(next).not.toBe(keys[0]);
  });

  it('sends someone who reloaded with no answers to the first question', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { router } = await renderApp('/report/check');

    expect(router.currentRoute.value.name).toBe('report-how');
  });
});
