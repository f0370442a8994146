import { ReviewItemKind } from '@ideas-hub/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BoardNoteEntity, ReviewEntity } from './reviews.entity';

registerEnumType(ReviewItemKind, { name: 'ReviewItemKind' });

/** One row of the review queue, as the queue query returns it. */
export interface ReviewItemRow {
  kind: ReviewItemKind;
  id: string;
  title: string;
  status: string;
  submittedAt: Date;
  themeId: string | null;
  reviewerIds: string[];
  reviewCount: number;
  reviewedByMe: boolean;
  assignedToMe: boolean;
}

@ObjectType('ReviewItem', { description: 'A submitted idea or a report awaiting the board’s triage or review.' })
export class ReviewItemModel {
  @Field(() => ReviewItemKind)
  kind!: ReviewItemKind;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'The idea’s title, or the guidance a report says is not followed.' })
  title!: string;

  @Field({ description: 'An IdeaStatus or a ReportStatus.' })
  status!: string;

  @Field({ description: 'When the idea was submitted or the report received.' })
  submittedAt!: Date;

  themeId!: string | null;
  reviewerIds!: string[];

  @Field(() => Int)
  reviewCount!: number;

  @Field()
  reviewedByMe!: boolean;

  @Field()
  assignedToMe!: boolean;

  static from(row: ReviewItemRow): ReviewItemModel {
    return Object.assign(new ReviewItemModel(), row);
  }
}

@ObjectType('ReviewQueueCount')
export class ReviewQueueCountModel {
  @Field(() => ReviewItemKind)
  kind!: ReviewItemKind;

  @Field()
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ReviewQueue')
export class ReviewQueueModel {
  @Field(() => [ReviewItemModel], { description: 'The longest waiting first, at most 200.' })
  items!: ReviewItemModel[];

  @Field(() => [ReviewQueueCountModel], {
    description: 'How many items of each kind and status, whatever the kind and status filters (assignedToMe applies).',
  })
  counts!: ReviewQueueCountModel[];

  @Field(() => Int, { description: 'How many items match all the filters, beyond the 200 shown.' })
  totalCount!: number;
}

@ObjectType('Review', { description: 'One reviewer’s rubric scores (each 1 to 5) and comment.' })
export class ReviewModel {
  @Field(() => ID)
  id!: string;

  reviewerId!: string;

  @Field(() => Int) patientOutcomes!: number;
  @Field(() => Int) patientExperience!: number;
  @Field(() => Int) staff!: number;
  @Field(() => Int) feasibility!: number;
  @Field(() => Int) evidence!: number;
  @Field(() => Int) openStandards!: number;

  @Field()
  comment!: string;

  @Field({ description: 'When the scores were last submitted.' })
  submittedAt!: Date;

  static from(entity: ReviewEntity): ReviewModel {
    return Object.assign(new ReviewModel(), {
      id: entity.id,
      reviewerId: entity.reviewerId,
      patientOutcomes: entity.patientOutcomes,
      patientExperience: entity.patientExperience,
      staff: entity.staff,
      feasibility: entity.feasibility,
      evidence: entity.evidence,
      openStandards: entity.openStandards,
      comment: entity.comment,
      submittedAt: entity.updatedAt,
    });
  }
}

@ObjectType('CriterionMeans')
export class CriterionMeansModel {
  @Field(() => Float) patientOutcomes!: number;
  @Field(() => Float) patientExperience!: number;
  @Field(() => Float) staff!: number;
  @Field(() => Float) feasibility!: number;
  @Field(() => Float) evidence!: number;
  @Field(() => Float) openStandards!: number;
}

@ObjectType('ReviewSummary', {
  description: 'Scores of others are hidden (reviews = [], means = null) until the caller has submitted their own review.',
})
export class ReviewSummaryModel {
  @Field(() => ReviewItemKind)
  itemKind!: ReviewItemKind;

  @Field(() => ID)
  itemId!: string;

  @Field(() => Int, { description: 'Always shown.' })
  reviewCount!: number;

  @Field(() => CriterionMeansModel, { nullable: true, description: 'Null while hidden or before the first review.' })
  means!: CriterionMeansModel | null;

  @Field(() => [ReviewModel], { description: 'Every review, the caller’s included, oldest first; empty while hidden.' })
  reviews!: ReviewModel[];

  @Field(() => ReviewModel, { nullable: true })
  myReview!: ReviewModel | null;

  @Field({ description: 'True once the caller has reviewed the item, and always for those who do not review (administrators).' })
  canSeeScores!: boolean;
}

@ObjectType('BoardNote', { description: 'A note in the board’s private discussion of an item.' })
export class BoardNoteModel {
  @Field(() => ID)
  id!: string;

  authorId!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  static from(entity: BoardNoteEntity): BoardNoteModel {
    return Object.assign(new BoardNoteModel(), {
      id: entity.id,
      authorId: entity.authorId,
      body: entity.body,
      createdAt: entity.createdAt,
    });
  }
}
