import { IDEA_MESSAGES, LIMITS } from '@ideas-hub/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from './pagination';
import { trimToNull } from './text';

/** A page of a searchable list: the words typed into its search box and its theme filter. */
@ArgsType()
export class SearchPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to search for, as typed into a search box ("quotes", -not, or).' })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(LIMITS.searchQueryMax, { message: `Search words must be ${LIMITS.searchQueryMax} characters or fewer` })
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'A theme slug.' })
  @IsOptional()
  @MaxLength(100, { message: IDEA_MESSAGES.themeUnknown })
  theme?: string | null;
}
