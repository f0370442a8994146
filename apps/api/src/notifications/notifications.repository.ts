import { Injectable } from '@nestjs/common';
import { affectedRows, firstRow, Queryable, rows } from '../platform/database/database';

export interface NewNotification {
  kind: string;
  message: string;
  link: string;
  dedupeKey: string | null;
}

export interface NotificationRow {
  id: string;
  kind: string;
  message: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The only SQL on `notifications`. */
@Injectable()
export class NotificationsRepository {
  /** One row per recipient; a recipient who already has one with the same dedupe key gets none. */
  async insert(db: Queryable, recipientIds: readonly string[], notification: NewNotification): Promise<void> {
    await rows(
      db,
      // clock_timestamp, not now(): several notifications from one transaction still list in the order sent.
      `INSERT INTO notifications (recipient_id, kind, message, link, dedupe_key, created_at)
       SELECT recipient, $2, $3, $4, $5, clock_timestamp() FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING`,
      [recipientIds, notification.kind, notification.message, notification.link, notification.dedupeKey],
    );
  }

  /** Newest first. */
  latest(db: Queryable, recipientId: string, limit: number): Promise<NotificationRow[]> {
    return rows(
      db,
      `SELECT id, kind, message, link, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE recipient_id = $1
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      [recipientId, limit],
    );
  }

  async unreadCount(db: Queryable, recipientId: string): Promise<number> {
    const row = await firstRow<{ count: number }>(
      db,
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [recipientId],
    );
    return row?.count ?? 0;
  }

  /** The given unread notifications of the recipient, or all of them when `ids` is null; how many changed. */
  markRead(db: Queryable, recipientId: string, ids: readonly string[] | null): Promise<number> {
    return affectedRows(
      db,
      `UPDATE notifications SET read_at = now()
        WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [recipientId, ids],
    );
  }
}
