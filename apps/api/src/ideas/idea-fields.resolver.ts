import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorLoader } from '../accounts/accounts.loaders';
import { AuthorModel } from '../accounts/accounts.models';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { ThemeLoader } from '../themes/themes.loaders';
import { ThemeModel } from '../themes/themes.models';
import { CommentModel } from './comments.models';
import { canEdit, canSee, seesHidden } from './idea-access.rules';
import { IdeaSearchService } from './idea-search.service';
import { IdeaLoaders } from './ideas.loaders';
import { IdeaConnection, IdeaModel, IdeaRevisionModel, IdeaStatusChangeModel } from './ideas.models';

/** Idea's related fields, each through a per-request loader. */
@Resolver(() => IdeaModel)
export class IdeaFieldsResolver {
  constructor(
    private readonly loaders: IdeaLoaders,
    private readonly authors: AuthorLoader,
    private readonly themeLoader: ThemeLoader,
  ) {}

  @ResolveField(() => AuthorModel)
  async author(@Parent() idea: IdeaModel): Promise<AuthorModel> {
    return AuthorModel.from((await this.authors.load(idea.authorId))!);
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  async theme(@Parent() idea: IdeaModel): Promise<ThemeModel | null> {
    const theme = idea.themeId ? await this.themeLoader.load(idea.themeId) : null;
    return theme ? ThemeModel.from(theme) : null;
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The surviving idea when MERGED.' })
  async mergedInto(@Parent() idea: IdeaModel, @CurrentActor() actor: Actor | null): Promise<IdeaModel | null> {
    const survivor = idea.mergedIntoId ? await this.loaders.ideas.load(idea.mergedIntoId) : null;
    return survivor && canSee(actor, survivor) ? IdeaModel.from(survivor) : null;
  }

  @ResolveField(() => Boolean, { description: 'False for visitors.' })
  async endorsedByMe(@Parent() idea: IdeaModel, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return actor ? this.loaders.endorsed.load({ accountId: actor.accountId, itemId: idea.id }) : false;
  }

  @ResolveField(() => Boolean, { description: 'False for visitors.' })
  async followedByMe(@Parent() idea: IdeaModel, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return actor ? this.loaders.followed.load({ accountId: actor.accountId, itemId: idea.id }) : false;
  }

  @ResolveField(() => Boolean, { description: 'True for the author while the idea is a draft or submitted, before review.' })
  canEdit(@Parent() idea: IdeaModel, @CurrentActor() actor: Actor | null): boolean {
    return canEdit(actor, idea);
  }

  @ResolveField(() => [IdeaStatusChangeModel], { description: 'The public lifecycle history, oldest first.' })
  async history(@Parent() idea: IdeaModel): Promise<IdeaStatusChangeModel[]> {
    return (await this.loaders.history.load(idea.id)).map(IdeaStatusChangeModel.from);
  }

  @ResolveField(() => [IdeaRevisionModel], {
    description: 'The text as submitted and after each edit, oldest first; empty until the first edit.',
  })
  async revisions(@Parent() idea: IdeaModel): Promise<IdeaRevisionModel[]> {
    return (await this.loaders.revisions.load(idea.id)).map(IdeaRevisionModel.from);
  }

  @ResolveField(() => [CommentModel], {
    description: 'Top-level comments oldest first, each with its replies; hidden ones only for administrators.',
  })
  async comments(@Parent() idea: IdeaModel, @CurrentActor() actor: Actor | null): Promise<CommentModel[]> {
    const loader = seesHidden(actor) ? this.loaders.commentsWithHidden : this.loaders.comments;
    return CommentModel.threads(await loader.load(idea.id));
  }
}

@Resolver(() => IdeaConnection)
export class IdeaConnectionResolver {
  constructor(private readonly search: IdeaSearchService) {}

  @ResolveField(() => Int, { description: 'How many ideas match, over all pages.' })
  async totalCount(@Parent() connection: IdeaConnection): Promise<number> {
    return this.search.count(connection.filters);
  }
}
