import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import type { Queryable } from '../platform/database/database';

export interface NotificationInput {
  /** e.g. IDEA_STATUS_CHANGED, REVIEW_ASSIGNED, VOTE_OPENED, VOTE_CLOSING, RECOMMENDATION_PUBLISHED. */
  kind: string;
  message: string;
  /** The web path the notification leads to, e.g. /ideas/<id>. */
  link: string;
  /** Sends at most one notification per recipient and key, e.g. `vote-closing:<voteId>`. */
  dedupeKey?: string;
}

export interface NotificationRow {
  id: string;
  kind: string;
  message: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

const SHOWN = 50;

/** In-app notifications, written in the same transaction as the change they announce. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async notify(manager: Queryable, recipientIds: readonly string[], notification: NotificationInput): Promise<void> {
    const recipients = [...new Set(recipientIds)];
    if (recipients.length === 0) return;
    await manager.query(
      // clock_timestamp, not now(): several notifications from one transaction still list in the order sent.
      `INSERT INTO notifications (recipient_id, kind, message, link, dedupe_key, created_at)
       SELECT recipient, $2, $3, $4, $5, clock_timestamp() FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING`,
      [recipients, notification.kind, notification.message, notification.link, notification.dedupeKey ?? null],
    );
  }

  async list(accountId: string): Promise<{ items: NotificationRow[]; unreadCount: number }> {
    const [items, [{ count }]] = await Promise.all([
      this.db.query(
        `SELECT id, kind, message, link, created_at, read_at FROM notifications WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC LIMIT ${SHOWN}`,
        [accountId],
      ),
      this.db.query(`SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [accountId]),
    ]);
    return { items, unreadCount: count };
  }

  /** Marks the given notifications (or all) of this account read; returns how many changed. */
  async markRead(actor: Actor, ids: readonly string[] | null | undefined): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [, changed]: [unknown, number] = await manager.query(
        `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [actor.accountId, ids ?? null],
      );
      await this.audit.record(manager, {
        actor,
        action: 'markNotificationsRead',
        entityType: 'Notification',
        after: { ids: ids ?? 'all', changed },
      });
      return changed;
    });
  }
}
