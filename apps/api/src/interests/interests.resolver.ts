import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { DeclareInterestInput, MemberIdArgs } from './interests.inputs';
import { InterestLoaders } from './interests.loaders';
import { BoardMemberModel, InterestModel } from './interests.models';
import { InterestsService } from './interests.service';

@Resolver(() => BoardMemberModel)
export class InterestsResolver {
  constructor(
    private readonly service: InterestsService,
    private readonly loaders: InterestLoaders,
  ) {}

  @Query(() => [BoardMemberModel], { description: 'The chair and members of the board, by name, each with their register of interests.' })
  @Allow(Action.ReadPublished)
  async boardMembers(): Promise<BoardMemberModel[]> {
    return (await this.service.boardMembers()).map(BoardMemberModel.from);
  }

  @Query(() => [InterestModel], {
    description: 'A board member’s register of interests, the most recent first; NOT_FOUND for anyone else.',
  })
  @Allow(Action.ReadPublished)
  async interests(@Args() { memberId }: MemberIdArgs): Promise<InterestModel[]> {
    const member = await this.service.findMember(memberId);
    return (await this.loaders.registers.load(member.id)).map(InterestModel.from);
  }

  @Mutation(() => InterestModel, { description: 'Adds an entry to your own register of interests, which is public.' })
  @Allow(Action.DeclareInterest)
  async declareInterest(@Args('input') input: DeclareInterestInput, @CurrentActor() actor: Actor): Promise<InterestModel> {
    return InterestModel.from(await this.service.declare(actor, input));
  }

  @ResolveField('interests', () => [InterestModel], { description: 'The most recent first, ended ones included.' })
  async register(@Parent() member: BoardMemberModel): Promise<InterestModel[]> {
    return (await this.loaders.registers.load(member.id)).map(InterestModel.from);
  }
}
