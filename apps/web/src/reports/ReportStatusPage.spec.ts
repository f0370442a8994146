import { ErrorCode, ReportMessageAuthor } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { aReport } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const WRONG = {
  errors: [
    {
      message: 'Check your answers',
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'receipt', message: 'Check your receipt code and passphrase' }] },
    },
  ],
};
const { reporter: _reporter, theme: _theme, ...FOLLOW_UP } = aReport();

async function lookUp(wrapper: VueWrapper, receipt: string, passphrase: string) {
  await wrapper.get('#receipt').setValue(receipt);
  await wrapper.get('#passphrase').setValue(passphrase);
  await wrapper.get('main form').trigger('submit');
  await flushPromises();
}

describe('checking the status of a report', () => {
  it('says only to check the receipt code and passphrase when either is wrong', async () => {
    fakeApi({ Me: SIGNED_OUT, LookUpReport: WRONG });
    const { wrapper } = await renderApp('/report/status');

    await lookUp(wrapper, 'RPT-0000-0000', 'wrong words');

    const link = wrapper.get('.nhsuk-error-summary a');
    expect([link.attributes('href'), link.text()]).toEqual(['#receipt', 'Check your receipt code and passphrase']);
    expect(wrapper.get('#receipt').attributes('autocomplete')).toBe('off');
    expect(wrapper.get('#passphrase').attributes('autocomplete')).toBe('off');
  });

  it('leaves no error behind once the right passphrase opens the report', async () => {
    fakeApi({
      Me: SIGNED_OUT,
      LookUpReport: ({ passphrase }) => (passphrase === 'M4PL-0RB7-L4NT-QU3T' ? { data: { reportStatus: FOLLOW_UP } } : WRONG),
    });
    const { wrapper } = await renderApp('/report/status');
    await lookUp(wrapper, 'GAP-7K4M-Q2XD', 'wrong words');
    expect(document.title).toMatch(/^Error: /);

    await lookUp(wrapper, 'GAP-7K4M-Q2XD', 'M4PL-0RB7-L4NT-QU3T');

    expect(wrapper.find('.nhsuk-error-summary').exists()).toBe(false);
    expect(document.title).not.toMatch(/^Error:/);
    expect(wrapper.get('.nhsuk-tag').text()).toBe('Under review');
    expect(document.activeElement?.id).toBe('report-status-heading');
  });

  it('says when the board will see a report still held with the day’s anonymous reports', async () => {
    fakeApi({
      Me: SIGNED_OUT,
      LookUpReport: { data: { reportStatus: { ...FOLLOW_UP, status: 'RECEIVED', statusNote: null, boardSeesOn: '2026-03-04' } } },
    });
    const { wrapper } = await renderApp('/report/status');

    await lookUp(wrapper, 'GAP-7K4M-Q2XD', 'M4PL-0RB7-L4NT-QU3T');

    expect(wrapper.get('main').text()).toContain('The board will see your report on 4 March 2026');
  });

  it('shows the message of a rate limit', async () => {
    const message = 'This receipt code is locked after too many wrong passphrases, to protect the report.';
    fakeApi({ Me: SIGNED_OUT, LookUpReport: { errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED } }] } });
    const { wrapper } = await renderApp('/report/status');

    await lookUp(wrapper, 'GAP-7K4M-Q2XD', 'maple orbit');

    expect(wrapper.get('.nhsuk-error-summary li').text()).toBe(message);
  });

  it('says in plain words when to try again after too many wrong passphrases', async () => {
    const message = 'Too many attempts. Wait 30 seconds, then try again.';
    fakeApi({
      Me: SIGNED_OUT,
      LookUpReport: { errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 } }] },
    });
    const { wrapper } = await renderApp('/report/status');

    await lookUp(wrapper, 'GAP-7K4M-Q2XD', 'maple orbit');

    expect(wrapper.findAll('.nhsuk-error-summary li').map((item) => item.text())).toEqual([message]);
  });

  it('shows the status, the board’s questions and the history, and sends an answer with the same details', async () => {
    const calls = fakeApi({
      Me: SIGNED_OUT,
      LookUpReport: { data: { reportStatus: FOLLOW_UP } },
      AnswerReport: ({ body }) => ({
        data: {
          answerReport: {
            id: 'm2',
            authorKind: ReportMessageAuthor.REPORTER,
            authorName: null,
            body,
            createdAt: '2026-03-06T10:00:00.000Z',
          },
        },
      }),
    });
    const { wrapper, router } = await renderApp('/report/status');

    await lookUp(wrapper, ' GAP-7K4M-Q2XD ', 'M4PL-0RB7-L4NT-QU3T');

    expect(calls.at(-1)?.variables).toEqual({ receipt: 'GAP-7K4M-Q2XD', passphrase: 'M4PL-0RB7-L4NT-QU3T' });
    expect(wrapper.get('.nhsuk-tag').text()).toBe('Under review');
    expect(wrapper.get('.nhsuk-inset-text').text()).toContain('The board is asking the trust for its audit.');
    expect(wrapper.get('.nhsuk-card').text()).toContain('The board');
    expect(wrapper.get('.nhsuk-card').text()).toContain('Which wards does this affect?');
    expect(wrapper.findAll('tbody tr').map((row) => row.findAll('td')[1].text())).toEqual(['Received', 'Acknowledged', 'Under review']);
    expect(document.activeElement?.id).toBe('report-status-heading');
    expect(router.currentRoute.value.fullPath).toBe('/report/status');

    await wrapper.get('#reply').setValue('Wards 3 and 4, at night.');
    wrapper.get('#reply').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(calls.at(-1)).toMatchObject({
      operationName: 'AnswerReport',
      variables: { receipt: 'GAP-7K4M-Q2XD', passphrase: 'M4PL-0RB7-L4NT-QU3T', body: 'Wards 3 and 4, at night.' },
    });
    const messages = wrapper.findAll('.nhsuk-card');
    expect(messages).toHaveLength(2);
    expect(messages[1].text()).toContain('You');
    expect(messages[1].text()).toContain('Wards 3 and 4, at night.');
    expect((wrapper.get('#reply').element as HTMLTextAreaElement).value).toBe('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('M4PL');
  });

  it('refuses an answer that holds patient data before sending it', async () => {
    const calls = fakeApi({ Me: SIGNED_OUT, LookUpReport: { data: { reportStatus: FOLLOW_UP } } });
    const { wrapper } = await renderApp('/report/status');
    await lookUp(wrapper, 'GAP-7K4M-Q2XD', 'M4PL-0RB7-L4NT-QU3T');

    await wrapper.get('#reply').setValue('Born 12/03/1954, seen on ward 3');
    wrapper.get('#reply').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    const link = wrapper.get('.nhsuk-error-summary a');
    expect(link.attributes('href')).toBe('#reply');
    expect(link.text()).toContain('Remove what looks like a full date of birth');
    expect(calls.map((call) => call.operationName)).toEqual(['Me', 'LookUpReport']);
  });
});
