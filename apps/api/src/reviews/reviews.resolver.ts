import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { BoardNotesService } from './board-notes.service';
import { ReviewQueueService } from './review-queue.service';
import { AddBoardNoteArgs, AssignReviewerArgs, ReviewItemArgs, ReviewQueueArgs, SubmitReviewInput } from './reviews.inputs';
import { BoardNoteModel, ReviewItemModel, ReviewModel, ReviewQueueModel, ReviewSummaryModel } from './reviews.models';
import { ReviewsService } from './reviews.service';

@Resolver()
export class ReviewsResolver {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly reviews: ReviewsService,
    private readonly notes: BoardNotesService,
  ) {}

  @Query(() => ReviewQueueModel, { description: 'Submitted ideas and open reports awaiting the board, the longest waiting first.' })
  @Allow(Action.ReadReviewWork)
  async reviewQueue(@Args() args: ReviewQueueArgs, @CurrentActor() actor: Actor): Promise<ReviewQueueModel> {
    const queue = await this.queue.list(actor, args);
    return { ...queue, items: queue.items.map(ReviewItemModel.from) };
  }

  @Query(() => ReviewItemModel, { description: 'One item as the review queue lists it; NOT_FOUND once it has left the queue.' })
  @Allow(Action.ReadReviewWork)
  async reviewItem(@Args() { itemId, kind }: ReviewItemArgs, @CurrentActor() actor: Actor): Promise<ReviewItemModel> {
    return ReviewItemModel.from(await this.queue.find(actor, { kind, id: itemId }));
  }

  @Query(() => ReviewSummaryModel, {
    name: 'reviews',
    description: 'The reviews of an item: others’ scores only once the caller has reviewed it.',
  })
  @Allow(Action.ReadReviewWork)
  async reviewSummary(@Args() { itemId, kind }: ReviewItemArgs, @CurrentActor() actor: Actor): Promise<ReviewSummaryModel> {
    const summary = await this.reviews.summary(actor, { kind, id: itemId });
    return {
      ...summary,
      reviews: summary.reviews.map(ReviewModel.from),
      myReview: summary.myReview && ReviewModel.from(summary.myReview),
    };
  }

  @Query(() => [BoardNoteModel], { description: 'The board’s private notes on an item, oldest first.' })
  @Allow(Action.DiscussInBoard)
  async boardDiscussion(@Args() { itemId, kind }: ReviewItemArgs, @CurrentActor() actor: Actor): Promise<BoardNoteModel[]> {
    return (await this.notes.discussion(actor, { kind, id: itemId })).map(BoardNoteModel.from);
  }

  @Mutation(() => ReviewItemModel, {
    description: 'Asks a board member or the chair to review an item and notifies them; asking again changes nothing.',
  })
  @Allow(Action.AssignReviewer)
  async assignReviewer(@Args() { item, memberId }: AssignReviewerArgs, @CurrentActor() actor: Actor): Promise<ReviewItemModel> {
    return ReviewItemModel.from(await this.queue.assign(actor, item, memberId));
  }

  @Mutation(() => ReviewModel, { description: 'Scores an item on the rubric; submitting again replaces your earlier review.' })
  @Allow(Action.SubmitReview)
  async submitReview(@Args('input') input: SubmitReviewInput, @CurrentActor() actor: Actor): Promise<ReviewModel> {
    return ReviewModel.from(await this.reviews.submit(actor, input));
  }

  @Mutation(() => BoardNoteModel, { description: 'Adds a note to the board’s private discussion of an item.' })
  @Allow(Action.DiscussInBoard)
  async addBoardNote(@Args() { item, body }: AddBoardNoteArgs, @CurrentActor() actor: Actor): Promise<BoardNoteModel> {
    return BoardNoteModel.from(await this.notes.add(actor, item, body));
  }
}
