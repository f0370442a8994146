import { ImplementationStatus, LIMITS, RECOMMENDATION_LIMITS as L, RECOMMENDATION_MESSAGES as M } from '@ideas-hub/domain';
import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { EvidenceLinkInput } from '../platform/graphql/evidence';
import { SearchPageArgs } from '../platform/graphql/search-args';
import { NameOrTitle, trim, trimText, trimToNull } from '../platform/graphql/text';

const unique = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? (value as unknown[]).map((item) => (typeof item === 'string' ? trimText(item) : item)) : value;

/** Required text: trimmed, so that spaces alone never pass for an answer. */
const requiredText = (max: number, missing: string, tooLong: string, ...more: PropertyDecorator[]) =>
  applyDecorators(Field(), Transform(trim), IsNotEmpty({ message: missing }), MaxLength(max, { message: tooLong }), ...more);

const recommendationId = (name = 'id') => IsUUID('all', { message: `${name} must be the id of a recommendation` });

@InputType()
export class RecommendationActionInput {
  @requiredText(L.actionMax, M.actionMissing, M.actionTooLong)
  action!: string;

  @requiredText(L.ownerMax, M.ownerMissing, M.ownerTooLong, NameOrTitle())
  owner!: string;
}

@InputType({ description: 'The whole text of a recommendation: drafting and each revision send all of it.' })
export class RecommendationInput {
  @requiredText(L.titleMax, M.titleMissing, M.titleTooLong, NameOrTitle())
  title!: string;

  @requiredText(L.summaryMax, M.summaryMissing, M.summaryTooLong)
  summary!: string;

  @requiredText(L.rationaleMax, M.rationaleMissing, M.rationaleTooLong)
  rationale!: string;

  @Field(() => [RecommendationActionInput], { description: 'At least one: what should change and who should act.' })
  @Type(() => RecommendationActionInput)
  @ValidateNested({ each: true })
  @ArrayMaxSize(L.actionsMax, { message: M.actionsTooMany })
  @ArrayMinSize(1, { message: M.actionsMissing })
  actions!: RecommendationActionInput[];

  @requiredText(L.audienceMax, M.audienceMissing, M.audienceTooLong)
  audience!: string;

  @Field(() => ID)
  @IsNotEmpty({ message: M.themeMissing })
  @IsUUID('all', { message: M.themeUnknown })
  themeId!: string;

  @Field(() => [String], {
    description: 'Organisations concerned, trimmed and each once: a register of interests naming one recuses its member.',
  })
  @Transform(({ value }) => unique({ value: trimEach({ value }) }))
  @MaxLength(L.organisationMax, { each: true, message: M.organisationTooLong })
  @IsNotEmpty({ each: true, message: M.organisationMissing })
  @ArrayMaxSize(L.organisationsMax, { message: M.organisationsTooMany })
  @NameOrTitle()
  organisations!: string[];

  @Field(() => [EvidenceLinkInput])
  @Type(() => EvidenceLinkInput)
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.evidenceLinksMax, { message: `Add ${LIMITS.evidenceLinksMax} evidence links or fewer` })
  evidence!: EvidenceLinkInput[];

  @Field(() => [ID], { description: 'Submitted ideas the recommendation draws on (at least one idea or report).' })
  @Transform(unique)
  @IsUUID('all', { each: true, message: M.ideaUnavailable })
  @ArrayMaxSize(L.sourcesMax, { message: M.ideasTooMany })
  ideaIds!: string[];

  @Field(() => [ID], { description: 'Practice gap reports it draws on; never named or linked publicly.' })
  @Transform(unique)
  @IsUUID('all', { each: true, message: M.reportUnknown })
  @ArrayMaxSize(L.sourcesMax, { message: M.reportsTooMany })
  reportIds!: string[];
}

@ArgsType()
export class RecommendationIdArgs {
  @Field(() => ID)
  @recommendationId()
  id!: string;
}

/** The input travels as its own argument, so that its fields are named alike when drafting and revising. */
@ArgsType()
export class ReviseRecommendationArgs extends RecommendationIdArgs {
  @Field(() => Int, {
    description: 'The version the edit started from: a stale one is refused with CONFLICT and extensions.latestVersion.',
  })
  @IsInt()
  expectedVersion!: number;
}

@ArgsType()
export class RecommendationsArgs extends SearchPageArgs {
  @Field(() => ImplementationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ImplementationStatus)
  implementationStatus?: ImplementationStatus | null;
}

@ArgsType()
export class DeclareConflictArgs {
  @Field(() => ID)
  @recommendationId('recommendationId')
  recommendationId!: string;

  @Field({ description: 'Shown to the board.' })
  @Transform(trim)
  @IsNotEmpty({ message: M.conflictReasonMissing })
  @MaxLength(L.conflictReasonMax, { message: M.conflictReasonTooLong })
  reason!: string;
}

@ArgsType()
export class ImplementationUpdateArgs {
  @Field(() => ID)
  @recommendationId('recommendationId')
  recommendationId!: string;

  @Field(() => ImplementationStatus)
  @IsEnum(ImplementationStatus)
  status!: ImplementationStatus;

  @Field(() => String, { nullable: true, description: 'Required for NOT_TAKEN_FORWARD: the reason, shown to everyone.' })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.implementationNoteMax, { message: M.noteTooLong })
  note?: string | null;

  @Field({ description: 'YYYY-MM-DD: the day the update took effect.' })
  @Transform(trim)
  @IsNotEmpty({ message: M.effectiveDateFormat })
  effectiveDate!: string;
}
