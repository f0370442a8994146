import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { IdeaEngagementService } from './idea-engagement.service';
import { IdeaIdArgs } from './ideas.inputs';
import { IdeaModel } from './ideas.models';

@Resolver(() => IdeaModel)
export class IdeaEngagementResolver {
  constructor(private readonly engagement: IdeaEngagementService) {}

  @Mutation(() => IdeaModel, { description: 'Idempotent; refused (FORBIDDEN) on your own idea.' })
  @Allow(Action.EndorseIdea)
  async endorseIdea(@Args() { id }: IdeaIdArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.engagement.endorse(actor, id));
  }

  @Mutation(() => IdeaModel, { description: 'Idempotent.' })
  @Allow(Action.EndorseIdea)
  async withdrawEndorsement(@Args() { id }: IdeaIdArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.engagement.withdrawEndorsement(actor, id));
  }

  @Mutation(() => IdeaModel, { description: 'Idempotent.' })
  @Allow(Action.FollowIdea)
  async followIdea(@Args() { id }: IdeaIdArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.engagement.follow(actor, id));
  }

  @Mutation(() => IdeaModel, { description: 'Idempotent.' })
  @Allow(Action.FollowIdea)
  async unfollowIdea(@Args() { id }: IdeaIdArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.engagement.unfollow(actor, id));
  }
}
