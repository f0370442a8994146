import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { FlagContentInput, ModerateContentInput } from './moderation.inputs';
import { FlaggedContentModel } from './moderation.models';
import { ModerationService } from './moderation.service';

@Resolver(() => FlaggedContentModel)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Query(() => [FlaggedContentModel], {
    description: 'Flagged ideas and comments awaiting a decision, the longest waiting first (at most 100).',
  })
  @Allow(Action.ModerateContent)
  async moderationQueue(): Promise<FlaggedContentModel[]> {
    return this.moderation.queue();
  }

  @Mutation(() => Boolean, { description: 'Flags an idea or comment for the administrators; flagging again is harmless.' })
  @Allow(Action.FlagContent)
  async flagContent(@Args('input') input: FlagContentInput, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.moderation.flag(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Hides or restores an idea or comment, with a reason kept in the moderation history.' })
  @Allow(Action.ModerateContent)
  async moderateContent(@Args('input') input: ModerateContentInput, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.moderation.moderate(actor, input);
  }
}
