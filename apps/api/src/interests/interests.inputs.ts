import { INTEREST_MESSAGES as M, isCalendarDate, LIMITS } from '@ideas-hub/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { NameOrTitle, trim, trimToNull } from '../platform/graphql/text';

const IsCalendarDate = (message: string) =>
  ValidateBy(
    { name: 'isCalendarDate', validator: { validate: (value) => typeof value === 'string' && isCalendarDate(value) } },
    { message },
  );

// Stacked decorators register bottom-up, and the validation pipe reports the one registered last:
// so the top one (what is missing) wins over the format.
@InputType({ description: 'An entry in your own register of interests.' })
export class DeclareInterestInput {
  @Field({ description: 'The organisation or supplier.' })
  @IsNotEmpty({ message: M.organisationMissing })
  @MaxLength(LIMITS.interestOrganisationMax, { message: M.organisationTooLong })
  @Transform(trim)
  @NameOrTitle()
  organisation!: string;

  @Field({ description: 'The nature of the interest, e.g. paid advisory role, shareholding, research funding.' })
  @IsNotEmpty({ message: M.natureMissing })
  @MaxLength(LIMITS.interestNatureMax, { message: M.natureTooLong })
  @Transform(trim)
  nature!: string;

  @Field({ description: 'When the interest began, YYYY-MM-DD.' })
  @IsNotEmpty({ message: M.fromMissing })
  @IsCalendarDate(M.fromInvalid)
  @Transform(trim)
  from!: string;

  @Field(() => String, { nullable: true, description: 'When it ended, YYYY-MM-DD; leave out while it continues.' })
  @IsOptional()
  @IsCalendarDate(M.toInvalid)
  @Transform(trimToNull)
  to?: string | null;
}

@ArgsType()
export class MemberIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be the id of a board member' })
  memberId!: string;
}
