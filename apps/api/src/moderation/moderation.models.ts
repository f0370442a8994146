import { ContentType, ModerationDecision } from '@ideas-hub/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(ContentType, { name: 'ContentType' });
registerEnumType(ModerationDecision, { name: 'ModerationDecision' });

@ObjectType('FlaggedContent', { description: 'An idea or comment with flags no administrator has decided on yet.' })
export class FlaggedContentModel {
  @Field(() => ContentType)
  contentType!: ContentType;

  @Field(() => ID)
  contentId!: string;

  @Field(() => ID, { description: 'The idea itself, or the idea the comment is on.' })
  ideaId!: string;

  @Field({ description: 'The title of that idea.' })
  title!: string;

  @Field({ description: 'The start of the idea’s summary or of the comment.' })
  excerpt!: string;

  @Field()
  hidden!: boolean;

  @Field(() => Int)
  flagCount!: number;

  @Field(() => [String], { description: 'Each flagger’s reason, oldest first.' })
  reasons!: string[];

  @Field()
  lastFlaggedAt!: Date;
}
