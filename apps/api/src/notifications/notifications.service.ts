import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { NotificationRow, NotificationsRepository } from './notifications.repository';

export interface NotificationInput {
  /** e.g. IDEA_STATUS_CHANGED, REVIEW_ASSIGNED, VOTE_OPENED, VOTE_CLOSING, RECOMMENDATION_PUBLISHED. */
  kind: string;
  message: string;
  /** The web path the notification leads to, e.g. /ideas/<id>. */
  link: string;
  /** Sends at most one notification per recipient and key, e.g. `vote-closing:<voteId>`. */
  dedupeKey?: string;
}

const SHOWN = 50;

/** In-app notifications, written in the same transaction as the change they announce. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly database: Database,
    private readonly notifications: NotificationsRepository,
    private readonly audit: AuditService,
  ) {}

  async notify(tx: Queryable, recipientIds: readonly string[], notification: NotificationInput): Promise<void> {
    const recipients = [...new Set(recipientIds)];
    if (recipients.length === 0) return;
    await this.notifications.insert(tx, recipients, { ...notification, dedupeKey: notification.dedupeKey ?? null });
  }

  async list(accountId: string): Promise<{ items: NotificationRow[]; unreadCount: number }> {
    const [items, unreadCount] = await Promise.all([
      this.notifications.latest(this.database.pool, accountId, SHOWN),
      this.notifications.unreadCount(this.database.pool, accountId),
    ]);
    return { items, unreadCount };
  }

  /** Marks the given notifications (or all) of this account read; returns how many changed. */
  async markRead(actor: Actor, ids: readonly string[] | null | undefined): Promise<number> {
    return this.database.transaction(async (tx) => {
      const changed = await this.notifications.markRead(tx, actor.accountId, ids ?? null);
      await this.audit.record(tx, {
        actor,
        action: 'markNotificationsRead',
        entityType: 'Notification',
        after: { ids: ids ?? 'all', changed },
      });
      return changed;
    });
  }
}
