import { Role } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { MARTIN, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const ASSIGNED = {
  id: 'n1',
  kind: 'REVIEW_ASSIGNED',
  message: 'You have been asked to review the idea “MFA”',
  link: '/board/review/idea/i1',
  createdAt: '2026-03-06T10:00:00Z',
  read: false,
};
const OLD = {
  id: 'n2',
  kind: 'VOTE_OPENED',
  message: 'A vote has opened',
  link: '/board/recommendations/r1',
  createdAt: '2026-03-01T10:00:00Z',
  read: true,
};

const headerLink = (wrapper: Awaited<ReturnType<typeof renderApp>>['wrapper']) =>
  wrapper.get('.nhsuk-header__account a[href="/notifications"]');

describe('notifications', () => {
  it('shows the unread count in the header, and nothing for visitors', async () => {
    fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), UnreadNotifications: { data: { notifications: { unreadCount: 3 } } } });
    const member = await renderApp('/privacy');
    expect(headerLink(member.wrapper).text()).toBe('Notifications (3)');

    // Answered here, so that asking would be recorded: a visitor has nothing to count.
    const calls = fakeApi({ Me: SIGNED_OUT, UnreadNotifications: { data: { notifications: { unreadCount: 3 } } } });
    const visitor = await renderApp('/privacy');
    expect(visitor.wrapper.find('.nhsuk-header__account a[href="/notifications"]').exists()).toBe(false);
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });

  it('lists them with their links, and marks them all as read', async () => {
    let unread = 1;
    const calls = fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      UnreadNotifications: () => ({ data: { notifications: { unreadCount: unread } } }),
      Notifications: () => ({ data: { notifications: { unreadCount: unread, items: [{ ...ASSIGNED, read: unread === 0 }, OLD] } } }),
      MarkNotificationsRead: () => {
        unread = 0;
        return { data: { markNotificationsRead: 1 } };
      },
    });
    const { wrapper } = await renderApp('/notifications');

    expect(wrapper.get('h1').text()).toBe('Notifications');
    expect(headerLink(wrapper).text()).toBe('Notifications (1)');
    expect(wrapper.text()).toContain('You have 1 unread notification.');
    const links = wrapper.findAll('main li a').map((link) => [link.attributes('href'), link.text()]);
    expect(links).toEqual([
      ['/board/review/idea/i1', 'You have been asked to review the idea “MFA”'],
      ['/board/recommendations/r1', 'A vote has opened'],
    ]);
    expect(wrapper.findAll('main .nhsuk-tag').map((tag) => tag.text())).toEqual(['Unread']);

    wrapper.get('main form').element.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'MarkNotificationsRead')?.variables).toEqual({ ids: null });
    expect(wrapper.text()).toContain('You have no unread notifications.');
    expect(wrapper.text()).toContain('All your notifications are marked as read.');
    expect(wrapper.findAll('main .nhsuk-tag')).toHaveLength(0);
    expect(headerLink(wrapper).text()).toBe('Notifications');
  });
});
