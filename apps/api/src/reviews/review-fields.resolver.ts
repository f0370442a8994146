import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorLoader } from '../accounts/accounts.loaders';
import { AuthorModel } from '../accounts/accounts.models';
import { ThemeLoader } from '../themes/themes.loaders';
import { ThemeModel } from '../themes/themes.models';
import { BoardNoteModel, ReviewItemModel, ReviewModel } from './reviews.models';

@Resolver(() => ReviewItemModel)
export class ReviewItemFieldsResolver {
  constructor(
    private readonly authors: AuthorLoader,
    private readonly themes: ThemeLoader,
  ) {}

  @ResolveField(() => [AuthorModel], { description: 'Who has been asked to review it, in the order asked.' })
  async reviewers(@Parent() item: ReviewItemModel): Promise<AuthorModel[]> {
    const accounts = await Promise.all(item.reviewerIds.map((id) => this.authors.load(id)));
    return accounts.map((account) => AuthorModel.from(account!));
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  async theme(@Parent() item: ReviewItemModel): Promise<ThemeModel | null> {
    const theme = item.themeId ? await this.themes.load(item.themeId) : null;
    return theme ? ThemeModel.from(theme) : null;
  }
}

@Resolver(() => ReviewModel)
export class ReviewFieldsResolver {
  constructor(private readonly authors: AuthorLoader) {}

  @ResolveField(() => AuthorModel)
  async reviewer(@Parent() review: ReviewModel): Promise<AuthorModel> {
    return AuthorModel.from((await this.authors.load(review.reviewerId))!);
  }
}

@Resolver(() => BoardNoteModel)
export class BoardNoteFieldsResolver {
  constructor(private readonly authors: AuthorLoader) {}

  @ResolveField(() => AuthorModel)
  async author(@Parent() note: BoardNoteModel): Promise<AuthorModel> {
    return AuthorModel.from((await this.authors.load(note.authorId))!);
  }
}
