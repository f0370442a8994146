import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { IdeaLifecycleService } from './idea-lifecycle.service';
import { IdeaReadsService } from './idea-reads.service';
import { IdeaSearchService } from './idea-search.service';
import { EditIdeaInput, IdeaDraftInput, IdeaIdArgs, IdeasArgs, MergeIdeaArgs, SetIdeaStatusArgs, SimilarIdeasArgs } from './ideas.inputs';
import { IdeaConnection, IdeaModel, SimilarIdeaModel } from './ideas.models';
import { IdeasService } from './ideas.service';

@Resolver(() => IdeaModel)
export class IdeasResolver {
  constructor(
    private readonly ideasService: IdeasService,
    private readonly lifecycle: IdeaLifecycleService,
    private readonly reads: IdeaReadsService,
    private readonly search: IdeaSearchService,
  ) {}

  @Query(() => IdeaConnection, { description: 'Submitted ideas anyone can read: never drafts, merged duplicates or hidden ideas.' })
  @Allow(Action.ReadPublished)
  async ideas(@Args() args: IdeasArgs): Promise<IdeaConnection> {
    const filters = { query: args.query, theme: args.theme, status: args.status, profession: args.profession, tag: args.tag };
    const page = await this.search.list(filters, IdeaSearchService.sortFor(filters, args.sort), args.first, args.after);
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: IdeaModel.from(node.idea, node.headline) }));
    return Object.assign(new IdeaConnection(), { edges, pageInfo: page.pageInfo, filters });
  }

  @Query(() => IdeaModel, { description: 'NOT_FOUND when missing or not visible to the caller.' })
  @Allow(Action.ReadPublished)
  async idea(@Args() { id }: IdeaIdArgs, @CurrentActor() actor: Actor | null): Promise<IdeaModel> {
    return IdeaModel.from(await this.reads.findVisible(actor, id));
  }

  @Query(() => [SimilarIdeaModel], { description: 'Up to five listed ideas with titles like this one, most similar first.' })
  @Allow(Action.ReadPublished)
  async similarIdeas(@Args() { title }: SimilarIdeasArgs): Promise<SimilarIdeaModel[]> {
    return this.search.similar(title);
  }

  @Query(() => [IdeaModel], { description: 'The caller’s own ideas, drafts included, newest first.' })
  @Allow(Action.SubmitIdea)
  async myIdeas(@CurrentActor() actor: Actor): Promise<IdeaModel[]> {
    return (await this.reads.mine(actor)).map((idea) => IdeaModel.from(idea));
  }

  @Mutation(() => IdeaModel, { description: 'Creates a draft, or updates one of your own; fields left out (or null) stay as they were.' })
  @Allow(Action.SubmitIdea)
  async saveIdeaDraft(@Args('input') input: IdeaDraftInput, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.ideasService.saveDraft(actor, input));
  }

  @Mutation(() => IdeaModel, {
    description:
      'Sends your draft to the board; every missing field is named at once. Submitting again answers with the idea and changes nothing.',
  })
  @Allow(Action.SubmitIdea)
  async submitIdea(@Args() { id }: IdeaIdArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.ideasService.submit(actor, id));
  }

  @Mutation(() => IdeaModel, { description: 'Edits your submitted idea until review starts; each edit is kept as a revision.' })
  @Allow(Action.SubmitIdea)
  async editIdea(@Args('input') input: EditIdeaInput, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.ideasService.edit(actor, input));
  }

  @Mutation(() => IdeaModel, { description: 'Moves an idea along its review; DECLINED needs a reason, shown to everyone.' })
  @Allow(Action.ChangeIdeaStatus)
  async setIdeaStatus(@Args() args: SetIdeaStatusArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.lifecycle.setStatus(actor, args.id, args.status, args.reason));
  }

  @Mutation(() => IdeaModel, {
    description: 'Merges a duplicate into another idea, moving its endorsements and followers; returns the survivor.',
  })
  @Allow(Action.MergeIdea)
  async mergeIdea(@Args() { duplicateId, survivorId }: MergeIdeaArgs, @CurrentActor() actor: Actor): Promise<IdeaModel> {
    return IdeaModel.from(await this.lifecycle.merge(actor, duplicateId, survivorId));
  }
}
