import { ErrorCode } from '@ideas-hub/domain';
import { TestHub } from '../../test/hub';
import { NotificationsService } from './notifications.service';

const LIST = `{ notifications { unreadCount items { id kind message link read } } }`;
const MARK = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

describe('notifications', () => {
  const hub = TestHub.forSuite();

  it('shows each account its own notifications with an unread count, once per dedupe key', async () => {
    const reader = await hub.account();
    const other = await hub.account();
    const notifications = hub.get(NotificationsService);
    await hub.db.transaction(async (manager) => {
      await notifications.notify(manager, [reader.id, other.id], {
        kind: 'VOTE_OPENED',
        message: 'A vote opened',
        link: '/board',
        dedupeKey: 'vote:1',
      });
      await notifications.notify(manager, [reader.id], {
        kind: 'VOTE_OPENED',
        message: 'A vote opened',
        link: '/board',
        dedupeKey: 'vote:1',
      });
      await notifications.notify(manager, [reader.id], {
        kind: 'IDEA_STATUS_CHANGED',
        message: 'Your idea is under review',
        link: '/ideas/1',
      });
    });
    const { notifications: mine } = await reader.client.ok(LIST);
    expect(mine.unreadCount).toBe(2);
    expect(mine.items.map((item: { message: string }) => item.message)).toEqual(['Your idea is under review', 'A vote opened']);

    expect((await reader.client.ok(MARK, { ids: [mine.items[0].id] })).markNotificationsRead).toBe(1);
    expect((await reader.client.ok(LIST)).notifications.unreadCount).toBe(1);
    expect((await reader.client.ok(MARK)).markNotificationsRead).toBe(1);
    expect((await reader.client.ok(LIST)).notifications.unreadCount).toBe(0);
    // Someone else's ids change nothing.
    expect((await other.client.ok(MARK, { ids: [mine.items[0].id] })).markNotificationsRead).toBe(0);
    expect((await other.client.ok(LIST)).notifications.unreadCount).toBe(1);
  });

  it('needs a signed-in account and well-formed ids', async () => {
    expect((await hub.client().error(LIST)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    const reader = await hub.account();
    expect((await reader.client.error(MARK, { ids: ['x'] })).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'ids' }],
    });
  });
});
