import { IDEA_MESSAGES as M, LIMITS } from '@ideas-hub/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../platform/graphql/text';
import { IdempotencyKeyField } from '../platform/idempotency/idempotency.input';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ideaId must be the id of an idea' })
  ideaId!: string;

  @Field(() => ID, { nullable: true, description: 'The comment replied to; replies go one level deep only.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be the id of a comment' })
  parentId?: string | null;

  @Field({ description: 'Markdown: emphasis, lists, quotes, code and http, https or mailto links. No HTML.' })
  @Transform(trim)
  @IsNotEmpty({ message: M.commentMissing })
  @MaxLength(LIMITS.commentMax, { message: M.commentTooLong })
  body!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
