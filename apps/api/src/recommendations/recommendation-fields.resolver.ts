import { ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorLoader } from '../accounts/accounts.loaders';
import { AuthorModel } from '../accounts/accounts.models';
import { canSee as canSeeIdea } from '../ideas/idea-access.rules';
import { IdeaModel } from '../ideas/ideas.models';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { ThemeLoader } from '../themes/themes.loaders';
import { ThemeModel } from '../themes/themes.models';
import { VoteRecordModel } from '../votes/votes.models';
import { VotesService } from '../votes/votes.service';
import { RecommendationLoaders } from './recommendations.loaders';
import {
  ConflictDeclarationModel,
  ImplementationUpdateModel,
  RecommendationConnection,
  RecommendationModel,
  RecommendationRevisionModel,
  RecommendationSourceIdeaModel,
} from './recommendations.models';
import { RecommendationSearchService } from './recommendation-search.service';
import { seesDrafts } from './recommendations.rules';

async function author(loader: AuthorLoader, id: string): Promise<AuthorModel> {
  return AuthorModel.from((await loader.load(id))!);
}

/** Recommendation's related fields, each through a per-request loader. */
@Resolver(() => RecommendationModel)
export class RecommendationFieldsResolver {
  constructor(
    private readonly loaders: RecommendationLoaders,
    private readonly themeLoader: ThemeLoader,
    private readonly votes: VotesService,
  ) {}

  @ResolveField(() => ThemeModel, { nullable: true })
  async theme(@Parent() recommendation: RecommendationModel): Promise<ThemeModel | null> {
    const theme = recommendation.themeId ? await this.themeLoader.load(recommendation.themeId) : null;
    return theme ? ThemeModel.from(theme) : null;
  }

  @ResolveField(() => [RecommendationSourceIdeaModel], { description: 'The ideas it draws on that the caller may see, by title.' })
  async ideas(
    @Parent() recommendation: RecommendationModel,
    @CurrentActor() actor: Actor | null,
  ): Promise<RecommendationSourceIdeaModel[]> {
    return (await this.loaders.ideas.load(recommendation.id))
      .filter(({ idea }) => canSeeIdea(actor, idea))
      .map(({ idea }) => Object.assign(new RecommendationSourceIdeaModel(), { id: idea.id, title: idea.title, authorId: idea.authorId }));
  }

  @ResolveField(() => Int, { description: 'How many practice gap reports it draws on: reports are never named or linked publicly.' })
  async reportCount(@Parent() recommendation: RecommendationModel): Promise<number> {
    return (await this.loaders.reports.load(recommendation.id)).length;
  }

  @ResolveField(() => [ID], {
    description: 'The reports it draws on, for the board only (empty for others), so that an edit can keep them.',
  })
  async reportIds(@Parent() recommendation: RecommendationModel, @CurrentActor() actor: Actor | null): Promise<string[]> {
    if (!seesDrafts(actor)) return [];
    return (await this.loaders.reports.load(recommendation.id)).map((link) => link.reportId);
  }

  @ResolveField(() => [ImplementationUpdateModel], { description: 'Oldest first, by the date each took effect.' })
  async implementationUpdates(@Parent() recommendation: RecommendationModel): Promise<ImplementationUpdateModel[]> {
    return (await this.loaders.implementationUpdates.load(recommendation.id)).map(ImplementationUpdateModel.from);
  }

  @ResolveField(() => [ConflictDeclarationModel], {
    description: 'Declared conflicts of interest, for the board only (empty for others); the published vote record names everyone recused.',
  })
  async conflicts(@Parent() recommendation: RecommendationModel, @CurrentActor() actor: Actor | null): Promise<ConflictDeclarationModel[]> {
    if (!seesDrafts(actor)) return [];
    return (await this.loaders.conflicts.load(recommendation.id)).map(({ memberId, reason, createdAt }) =>
      Object.assign(new ConflictDeclarationModel(), { memberId, reason, declaredAt: createdAt }),
    );
  }

  @ResolveField(() => VoteRecordModel, { nullable: true, description: 'Once published: the vote that passed the published revision.' })
  async voteRecord(@Parent() recommendation: RecommendationModel): Promise<VoteRecordModel | null> {
    return recommendation.publishedRevision === null ? null : this.votes.recordFor(recommendation.id, recommendation.publishedRevision);
  }

  @ResolveField(() => Boolean, { description: 'False for visitors.' })
  async followedByMe(@Parent() recommendation: RecommendationModel, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return actor ? this.loaders.followed.load({ accountId: actor.accountId, itemId: recommendation.id }) : false;
  }
}

/** Idea's link to what adopted it: asked of recommendations, so that the ideas domain never reads their tables. */
@Resolver(() => IdeaModel)
export class IdeaAdoptionResolver {
  constructor(private readonly loaders: RecommendationLoaders) {}

  @ResolveField(() => RecommendationModel, {
    nullable: true,
    description: 'The first published recommendation that draws on it; drafts are never named.',
  })
  async adoptedInto(@Parent() idea: IdeaModel): Promise<RecommendationModel | null> {
    const [first] = await this.loaders.adopting.load(idea.id);
    return first ? RecommendationModel.from(first) : null;
  }
}

@Resolver(() => RecommendationSourceIdeaModel)
export class RecommendationSourceIdeaResolver {
  constructor(private readonly authors: AuthorLoader) {}

  @ResolveField(() => AuthorModel, {
    nullable: true,
    description: 'Ideas are always shared under their author’s name, so this is always given.',
  })
  async author(@Parent() idea: RecommendationSourceIdeaModel): Promise<AuthorModel> {
    return author(this.authors, idea.authorId);
  }
}

@Resolver(() => ConflictDeclarationModel)
export class ConflictDeclarationResolver {
  constructor(private readonly authors: AuthorLoader) {}

  @ResolveField(() => AuthorModel)
  async member(@Parent() declaration: ConflictDeclarationModel): Promise<AuthorModel> {
    return author(this.authors, declaration.memberId);
  }
}

@Resolver(() => RecommendationRevisionModel)
export class RecommendationRevisionResolver {
  constructor(private readonly authors: AuthorLoader) {}

  @ResolveField(() => AuthorModel)
  async editor(@Parent() revision: RecommendationRevisionModel): Promise<AuthorModel> {
    return author(this.authors, revision.editorId);
  }
}

@Resolver(() => RecommendationConnection)
export class RecommendationConnectionResolver {
  constructor(private readonly search: RecommendationSearchService) {}

  @ResolveField(() => Int, { description: 'How many published recommendations match, over all pages.' })
  async totalCount(@Parent() connection: RecommendationConnection): Promise<number> {
    return this.search.count(connection.filters);
  }
}
