import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorLoader } from '../accounts/accounts.loaders';
import { AuthorModel } from '../accounts/accounts.models';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { AddCommentInput } from './comments.inputs';
import { CommentModel } from './comments.models';
import { CommentsService } from './comments.service';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly authors: AuthorLoader,
  ) {}

  @Mutation(() => CommentModel, { description: 'Markdown, rendered and sanitised on the server; replies go one level deep.' })
  @Allow(Action.CommentOnIdea)
  async addComment(@Args('input') input: AddCommentInput, @CurrentActor() actor: Actor): Promise<CommentModel> {
    return CommentModel.from(await this.comments.add(actor, input));
  }

  @ResolveField(() => AuthorModel)
  async author(@Parent() comment: CommentModel): Promise<AuthorModel> {
    return AuthorModel.from((await this.authors.load(comment.authorId))!);
  }
}
