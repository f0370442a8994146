import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { request } from '../graphql/client';
import { MarkNotificationsReadDocument, UnreadNotificationsDocument } from '../graphql/generated/graphql';

/** The unread count shown in the header, kept by the tab and refreshed as the person moves around. */
export const useNotifications = defineStore('notifications', () => {
  /** Null until known, and after signing out. */
  const unreadCount = shallowRef<number | null>(null);

  async function refresh(): Promise<void> {
    try {
      unreadCount.value = (await request(UnreadNotificationsDocument)).notifications.unreadCount;
    } catch {
      // The count is a courtesy in the header: without it the link still leads to the notifications.
      unreadCount.value = null;
    }
  }

  /** Marks the given notifications read (all of them when none are given), then counts again. */
  async function markRead(ids?: readonly string[]): Promise<void> {
    await request(MarkNotificationsReadDocument, { ids: ids ? [...ids] : null });
    await refresh();
  }

  function forget(): void {
    unreadCount.value = null;
  }

  return { unreadCount, refresh, markRead, forget };
});
