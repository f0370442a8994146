import { IdentityMode, LIMITS, ReportStatus } from '@ideas-hub/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { EvidenceLinkInput, HTTP_URL_MESSAGE, HTTP_URL_OPTIONS, URL_TOO_LONG_MESSAGE } from '../platform/graphql/evidence';
import { PageArgs } from '../platform/graphql/pagination';
import { IdempotencyKeyField } from '../platform/idempotency/idempotency.input';
import { NameOrTitle, trim, trimText, trimToNull } from '../platform/graphql/text';

const tooLong = (what: string, max: number = LIMITS.reportFieldMax) => ({ message: `${what} must be ${max} characters or fewer` });
const codeOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? trimText(value).toUpperCase() || null : value);

@InputType()
export class ReportPracticeGapInput {
  @Field(() => IdentityMode, { description: 'OPEN and CONFIDENTIAL need a signed-in account; ANONYMOUS ignores any session.' })
  @IsEnum(IdentityMode, { message: 'Choose how you want to report: openly, confidentially or anonymously' })
  identityMode!: IdentityMode;

  @Field({ description: 'The guidance or standard not being followed, e.g. a NICE guideline code.' })
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the guidance or standard that is not being followed' })
  @MaxLength(LIMITS.guidanceMax, tooLong('Guidance', LIMITS.guidanceMax))
  @NameOrTitle()
  guidance!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(LIMITS.urlMax, { message: URL_TOO_LONG_MESSAGE })
  @IsUrl(HTTP_URL_OPTIONS, { message: HTTP_URL_MESSAGE })
  guidanceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'From `organisations`; when given, organisationName is not kept.' })
  @Transform(codeOrNull)
  @IsOptional()
  @MaxLength(10, { message: 'Choose an organisation from the list, or type its name' })
  organisationOdsCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, for an organisation not in the list.' })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(LIMITS.organisationMax, tooLong('Organisation', LIMITS.organisationMax))
  @NameOrTitle()
  organisationName?: string | null;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter what happens today' })
  @MaxLength(LIMITS.reportFieldMax, tooLong('What happens today'))
  whatHappens!: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter what should happen' })
  @MaxLength(LIMITS.reportFieldMax, tooLong('What should happen'))
  whatShouldHappen!: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the impact on patients or staff' })
  @MaxLength(LIMITS.reportFieldMax, tooLong('Impact'))
  impact!: string;

  @Field(() => [EvidenceLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.evidenceLinksMax, { message: `Add at most ${LIMITS.evidenceLinksMax} evidence links` })
  @ValidateNested({ each: true })
  @Type(() => EvidenceLinkInput)
  evidence?: EvidenceLinkInput[] | null;

  @Field(() => ID, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsUUID('all', { message: 'Choose a theme from the list' })
  themeId?: string | null;

  @IdempotencyKeyField(
    'An anonymous report is replayed (with its passphrase) until the board sees it; ' +
      'after that, and for a key another account used, the answer is CONFLICT.',
  )
  idempotencyKey?: string | null;
}

@InputType()
export class SetReportStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be the id of a report' })
  reportId!: string;

  @Field(() => ReportStatus)
  @IsEnum(ReportStatus, { message: 'Choose a status' })
  status!: ReportStatus;

  @Field(() => String, { nullable: true, description: 'Where it was referred, why it closed, or how it was addressed.' })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(LIMITS.reasonMax, tooLong('Note', LIMITS.reasonMax))
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only with ADDRESSED: the recommendation that addresses it.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsUUID('all', { message: 'Choose a recommendation from the list' })
  recommendationId?: string | null;
}

@ArgsType()
export class ReportsPageArgs extends PageArgs {
  @Field(() => ReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus, { message: 'Choose a status' })
  status?: ReportStatus | null;
}

@ArgsType()
export class ReportIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a report' })
  id!: string;
}

/** Bounded, so that a long guess cannot make argon2 work harder. */
@ArgsType()
export class ReceiptArgs {
  @Field()
  @IsNotEmpty({ message: 'Enter your receipt code' })
  @MaxLength(40, { message: 'Check your receipt code and passphrase' })
  receipt!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter your passphrase' })
  @MaxLength(60, { message: 'Check your receipt code and passphrase' })
  passphrase!: string;
}

const MESSAGE_MISSING = { message: 'Enter your message' };

@ArgsType()
export class ReplyToReportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be the id of a report' })
  reportId!: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty(MESSAGE_MISSING)
  @MaxLength(LIMITS.reportFieldMax, tooLong('Message'))
  body!: string;
}

@ArgsType()
export class AnswerReportArgs extends ReceiptArgs {
  @Field()
  @Transform(trim)
  @IsNotEmpty(MESSAGE_MISSING)
  @MaxLength(LIMITS.reportFieldMax, tooLong('Message'))
  body!: string;
}
