import { Action } from '@ideas-hub/domain';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator';
import { PageArgs } from '../platform/graphql/pagination';
import { ThemeLoader } from '../themes/themes.loaders';
import { ThemeModel } from '../themes/themes.models';
import { RecommendationConnection, RecommendationModel } from './recommendations.models';
import { RecommendationsService } from './recommendations.service';

@Resolver(() => RecommendationModel)
export class RecommendationsResolver {
  constructor(
    private readonly recommendationsService: RecommendationsService,
    private readonly themeLoader: ThemeLoader,
  ) {}

  @Query(() => RecommendationConnection, { description: 'Published recommendations, newest first.' })
  @Allow(Action.ReadPublished)
  async recommendations(@Args() page: PageArgs): Promise<RecommendationConnection> {
    const connection = await this.recommendationsService.listPublished(page.first, page.after);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: RecommendationModel.from(edge.node) })) };
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  async theme(@Parent() recommendation: RecommendationModel): Promise<ThemeModel | null> {
    const theme = recommendation.themeId ? await this.themeLoader.load(recommendation.themeId) : null;
    return theme ? ThemeModel.from(theme) : null;
  }
}
