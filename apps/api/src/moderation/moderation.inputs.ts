import { ContentType, IDEA_MESSAGES as M, LIMITS, ModerationDecision } from '@ideas-hub/domain';
import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../platform/graphql/text';

const Reason = (description: string) =>
  applyDecorators(
    Field({ description }),
    Transform(trim),
    MaxLength(LIMITS.reasonMax, { message: M.reasonTooLong }),
    IsNotEmpty({ message: M.reasonMissing }),
  );

@InputType({ isAbstract: true })
abstract class ContentInput {
  @Field(() => ContentType)
  @IsEnum(ContentType)
  contentType!: ContentType;

  @Field(() => ID)
  @IsUUID('all', { message: 'contentId must be the id of an idea or comment' })
  contentId!: string;
}

@InputType()
export class FlagContentInput extends ContentInput {
  @Reason('What is wrong with it, for the administrators.')
  reason!: string;
}

@InputType()
export class ModerateContentInput extends ContentInput {
  @Field(() => ModerationDecision)
  @IsEnum(ModerationDecision)
  decision!: ModerationDecision;

  @Reason('Why, kept in the moderation history.')
  reason!: string;
}
