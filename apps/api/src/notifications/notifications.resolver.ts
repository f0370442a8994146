import { Action } from '@ideas-hub/domain';
import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { NotificationModel, NotificationsModel } from './notifications.models';
import { NotificationsService } from './notifications.service';

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'None given: all of them.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;
}

@Resolver(() => NotificationsModel)
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Query(() => NotificationsModel)
  @Allow(Action.ReadNotifications)
  async notifications(@CurrentActor() actor: Actor): Promise<NotificationsModel> {
    const { items, unreadCount } = await this.notificationsService.list(actor.accountId);
    return { items: items.map(NotificationModel.from), unreadCount };
  }

  @Mutation(() => Int, { description: 'How many notifications changed to read.' })
  @Allow(Action.ReadNotifications)
  markNotificationsRead(@Args() args: MarkReadArgs, @CurrentActor() actor: Actor): Promise<number> {
    return this.notificationsService.markRead(actor, args.ids);
  }
}
