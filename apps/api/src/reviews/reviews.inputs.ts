import {
  LIMITS,
  REVIEW_MESSAGES as M,
  REVIEWABLE_IDEA_STATUSES,
  REVIEWABLE_REPORT_STATUSES,
  ReviewCriterion,
  ReviewItemKind,
} from '@ideas-hub/domain';
import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trim } from '../platform/graphql/text';

export const QUEUE_STATUSES: readonly string[] = [...new Set<string>([...REVIEWABLE_IDEA_STATUSES, ...REVIEWABLE_REPORT_STATUSES])];

@InputType({ description: 'An idea or a report, by kind and id.' })
export class ReviewItemRef {
  @Field(() => ReviewItemKind)
  @IsEnum(ReviewItemKind)
  kind!: ReviewItemKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of an idea or report' })
  id!: string;
}

const item = () =>
  applyDecorators(
    Field(() => ReviewItemRef),
    Type(() => ReviewItemRef),
    ValidateNested(),
  );

/** One message per criterion, whatever is wrong with the number: it names the criterion and the range. */
const score = (criterion: ReviewCriterion) => {
  const message = M.scoreOutOfRange(criterion);
  return applyDecorators(
    Field(() => Int, { description: `${LIMITS.reviewScoreMin} to ${LIMITS.reviewScoreMax}.` }),
    Max(LIMITS.reviewScoreMax, { message }),
    Min(LIMITS.reviewScoreMin, { message }),
    IsInt({ message }),
  );
};

/** Decorators stacked on a property register bottom-up; the validation pipe reports the one written on top. */
@InputType()
export class SubmitReviewInput {
  @item()
  item!: ReviewItemRef;

  @score('patientOutcomes') patientOutcomes!: number;
  @score('patientExperience') patientExperience!: number;
  @score('staff') staff!: number;
  @score('feasibility') feasibility!: number;
  @score('evidence') evidence!: number;
  @score('openStandards') openStandards!: number;

  @Field({ description: 'Why these scores: what the board should weigh.' })
  @IsNotEmpty({ message: M.commentMissing })
  @MaxLength(LIMITS.commentMax, { message: M.commentTooLong })
  @Transform(trim)
  comment!: string;
}

/** Every criterion of the rubric: compiling fails if the input lacks one. */
export type Scores = Pick<SubmitReviewInput, ReviewCriterion>;

@ArgsType()
export class ReviewQueueArgs {
  @Field(() => ReviewItemKind, { nullable: true })
  @IsOptional()
  @IsEnum(ReviewItemKind)
  kind?: ReviewItemKind | null;

  @Field(() => String, { nullable: true, description: `One of ${QUEUE_STATUSES.join(', ')}.` })
  @IsOptional()
  @IsIn(QUEUE_STATUSES, { message: M.statusUnknown })
  status?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items the caller has been asked to review.' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean | null;
}

@ArgsType()
export class ReviewItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be the id of an idea or report' })
  itemId!: string;

  @Field(() => ReviewItemKind)
  @IsEnum(ReviewItemKind)
  kind!: ReviewItemKind;
}

@ArgsType()
export class AssignReviewerArgs {
  @item()
  item!: ReviewItemRef;

  @Field(() => ID, { description: 'A board member or the chair.' })
  @IsUUID('all', { message: M.memberNotOnBoard })
  memberId!: string;
}

@ArgsType()
export class AddBoardNoteArgs {
  @item()
  item!: ReviewItemRef;

  @Field({ description: 'Seen only by the board and administrators.' })
  @IsNotEmpty({ message: M.noteMissing })
  @MaxLength(LIMITS.commentMax, { message: M.noteTooLong })
  @Transform(trim)
  body!: string;
}
