import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { RecommendationDraftingService } from './recommendation-drafting.service';
import { RecommendationFollowsService } from './recommendation-follows.service';
import { RecommendationPublicationService } from './recommendation-publication.service';
import {
  DeclareConflictArgs,
  ImplementationUpdateArgs,
  RecommendationIdArgs,
  RecommendationInput,
  RecommendationsArgs,
  ReviseRecommendationArgs,
} from './recommendations.inputs';
import { RecommendationConnection, RecommendationModel, RecommendationRevisionModel } from './recommendations.models';
import { RecommendationSearchService } from './recommendation-search.service';
import { RecommendationsService } from './recommendations.service';
import { RecusalService } from './recusal.service';

@Resolver(() => RecommendationModel)
export class RecommendationsResolver {
  constructor(
    private readonly recommendationsService: RecommendationsService,
    private readonly search: RecommendationSearchService,
    private readonly drafting: RecommendationDraftingService,
    private readonly recusals: RecusalService,
    private readonly publication: RecommendationPublicationService,
    private readonly follows: RecommendationFollowsService,
  ) {}

  @Query(() => RecommendationConnection, { description: 'Published recommendations, newest first, or best match first when searching.' })
  @Allow(Action.ReadPublished)
  async recommendations(@Args() args: RecommendationsArgs): Promise<RecommendationConnection> {
    const filters = { query: args.query, theme: args.theme, implementationStatus: args.implementationStatus };
    const page = await this.search.list(filters, args.first, args.after);
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: RecommendationModel.from(node.recommendation, node.headline) }));
    return Object.assign(new RecommendationConnection(), { edges, pageInfo: page.pageInfo, filters });
  }

  @Query(() => RecommendationModel, {
    description: 'Anyone may read a published recommendation, the board also drafts; NOT_FOUND otherwise.',
  })
  @Allow(Action.ReadPublished)
  async recommendation(@Args() { id }: RecommendationIdArgs, @CurrentActor() actor: Actor | null): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.recommendationsService.findVisible(actor, id));
  }

  @Query(() => [RecommendationModel], { description: 'Drafts the board is working on, most recently changed first.' })
  @Allow(Action.ReadBoardRecommendations)
  async draftRecommendations(): Promise<RecommendationModel[]> {
    return (await this.recommendationsService.drafts()).map((draft) => RecommendationModel.from(draft));
  }

  @Query(() => [RecommendationRevisionModel], {
    description: 'Every revision, oldest first; readable by whoever may read the recommendation.',
  })
  @Allow(Action.ReadPublished)
  async recommendationRevisions(
    @Args() { id }: RecommendationIdArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<RecommendationRevisionModel[]> {
    return (await this.recommendationsService.revisions(actor, id)).map(RecommendationRevisionModel.from);
  }

  @Mutation(() => RecommendationModel, { description: 'A new draft at version 1, revision 1, drawing on at least one idea or report.' })
  @Allow(Action.DraftRecommendation)
  async draftRecommendation(@Args('input') input: RecommendationInput, @CurrentActor() actor: Actor): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.drafting.draft(actor, input));
  }

  @Mutation(() => RecommendationModel, {
    description:
      'Saves a new revision of a draft. CONFLICT with extensions.latestVersion when stale, while a vote is open, or once published.',
  })
  @Allow(Action.DraftRecommendation)
  async reviseRecommendation(
    @Args() { id, expectedVersion }: ReviseRecommendationArgs,
    @Args('input') input: RecommendationInput,
    @CurrentActor() actor: Actor,
  ): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.drafting.revise(actor, id, expectedVersion, input));
  }

  @Mutation(() => RecommendationModel, {
    description:
      'Declares your conflict of interest on a draft, recusing you from its votes; declaring again updates the reason. ' +
      'CONFLICT once published.',
  })
  @Allow(Action.DeclareConflict)
  async declareConflict(
    @Args() { recommendationId, reason }: DeclareConflictArgs,
    @CurrentActor() actor: Actor,
  ): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.recusals.declare(actor, recommendationId, reason));
  }

  @Mutation(() => RecommendationModel, {
    description: 'Publishes the current revision once the board has passed it; adopts the linked ideas.',
  })
  @Allow(Action.PublishRecommendation)
  async publishRecommendation(@Args() { id }: RecommendationIdArgs, @CurrentActor() actor: Actor): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.publication.publish(actor, id));
  }

  @Mutation(() => RecommendationModel, { description: 'Records progress on a published recommendation; NOT_TAKEN_FORWARD needs a note.' })
  @Allow(Action.RecordImplementationUpdate)
  async recordImplementationUpdate(
    @Args() { recommendationId, ...update }: ImplementationUpdateArgs,
    @CurrentActor() actor: Actor,
  ): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.publication.recordImplementationUpdate(actor, recommendationId, update));
  }

  @Mutation(() => RecommendationModel, {
    description: 'Follow to be told when it is published or its implementation moves on. Idempotent.',
  })
  @Allow(Action.FollowRecommendation)
  async followRecommendation(@Args() { id }: RecommendationIdArgs, @CurrentActor() actor: Actor): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.follows.follow(actor, id));
  }

  @Mutation(() => RecommendationModel, { description: 'Idempotent.' })
  @Allow(Action.FollowRecommendation)
  async unfollowRecommendation(@Args() { id }: RecommendationIdArgs, @CurrentActor() actor: Actor): Promise<RecommendationModel> {
    return RecommendationModel.from(await this.follows.unfollow(actor, id));
  }
}
