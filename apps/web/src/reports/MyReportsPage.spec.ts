import { IdentityMode, ReportMessageAuthor } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { aReport, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const { reporter: _reporter, theme: _theme, ...MINE } = aReport({ identityMode: IdentityMode.OPEN });

describe('a reporter’s own reports', () => {
  it('lists them and opens one to reply to the board', async () => {
    const calls = fakeApi({
      Me: signedInAs(),
      MyReports: { data: { myReports: [MINE] } },
      ReplyToReport: ({ body }) => ({
        data: {
          replyToReport: {
            id: 'm2',
            authorKind: ReportMessageAuthor.REPORTER,
            authorName: 'Priya Shah',
            body,
            createdAt: '2026-03-06T10:00:00.000Z',
          },
        },
      }),
    });
    const { wrapper, router } = await renderApp('/my-reports');

    const link = wrapper.get('tbody a');
    expect(link.text()).toBe('NICE NG51 sepsis');
    await link.trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.path).toBe(`/my-reports/${MINE.id}`);
    expect(wrapper.get('h1').text()).toBe('Report GAP-7K4M-Q2XD');
    await wrapper.get('#reply').setValue('Wards 3 and 4.');
    wrapper.get('#reply').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(calls.at(-1)).toMatchObject({ operationName: 'ReplyToReport', variables: { reportId: MINE.id, body: 'Wards 3 and 4.' } });
    expect(wrapper.findAll('.nhsuk-card').at(-1)!.text()).toContain('Wards 3 and 4.');
  });

  it('asks visitors to sign in first', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { router } = await renderApp('/my-reports');

    expect(router.currentRoute.value.fullPath).toBe('/sign-in?redirect=/my-reports');
  });
});
