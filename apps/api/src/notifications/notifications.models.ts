import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { NotificationRow } from './notifications.repository';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  message!: string;

  @Field({ description: 'The web path the notification leads to.' })
  link!: string;

  @Field()
  createdAt!: Date;

  @Field()
  read!: boolean;

  static from(row: NotificationRow): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: row.id,
      kind: row.kind,
      message: row.message,
      link: row.link,
      createdAt: row.createdAt,
      read: row.readAt !== null,
    });
  }
}

@ObjectType('Notifications')
export class NotificationsModel {
  @Field(() => [NotificationModel], { description: 'The latest 50, newest first.' })
  items!: NotificationModel[];

  @Field(() => Int)
  unreadCount!: number;
}
