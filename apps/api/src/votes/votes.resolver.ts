import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { CastVoteArgs, OpenVoteArgs, VoteIdArgs, VotesArgs } from './votes.inputs';
import { VoteModel } from './votes.models';
import { VotesService } from './votes.service';

@Resolver(() => VoteModel)
export class VotesResolver {
  constructor(private readonly votesService: VotesService) {}

  @Query(() => [VoteModel], { description: 'Votes on a recommendation, newest first; those whose time has run out are closed first.' })
  @Allow(Action.ReadBoardRecommendations)
  async votes(@Args() { recommendationId }: VotesArgs, @CurrentActor() actor: Actor): Promise<VoteModel[]> {
    return (await this.votesService.list(actor, recommendationId)).map((view) => VoteModel.from(view));
  }

  @Mutation(() => VoteModel, {
    description: 'On the current revision of a draft; one open vote per recommendation (CONFLICT otherwise). Notifies eligible members.',
  })
  @Allow(Action.OpenVote)
  async openVote(@Args() { recommendationId, closesAt, quorum }: OpenVoteArgs, @CurrentActor() actor: Actor): Promise<VoteModel> {
    return VoteModel.from(await this.votesService.open(actor, recommendationId, closesAt, quorum));
  }

  @Mutation(() => VoteModel, {
    description: 'Casting again changes your vote until it closes (CONFLICT after); FORBIDDEN when you are recused.',
  })
  @Allow(Action.CastVote)
  async castVote(@Args() { voteId, choice }: CastVoteArgs, @CurrentActor() actor: Actor): Promise<VoteModel> {
    return VoteModel.from(await this.votesService.cast(actor, voteId, choice));
  }

  @Mutation(() => VoteModel, { description: 'Counts the vote now; CONFLICT when it has already closed.' })
  @Allow(Action.CloseVote)
  async closeVote(@Args() { voteId }: VoteIdArgs, @CurrentActor() actor: Actor): Promise<VoteModel> {
    return VoteModel.from(await this.votesService.close(actor, voteId));
  }
}
