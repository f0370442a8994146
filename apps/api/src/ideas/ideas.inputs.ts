import { Benefit, IDEA_MESSAGES as M, IdeaSort, IdeaStatus, LIMITS, normaliseTags, Profession } from '@ideas-hub/domain';
import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { EvidenceLinkInput } from '../platform/graphql/evidence';
import { IdempotencyKeyField } from '../platform/idempotency/idempotency.input';
import { SearchPageArgs } from '../platform/graphql/search-args';
import { NameOrTitle, trim, trimText } from '../platform/graphql/text';

const tags = ({ value }: { value: unknown }) => (Array.isArray(value) ? normaliseTags(value) : value);
const unique = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);

/**
 * The format of each part of an idea. What must be present is checked by the service
 * when the idea is submitted or edited, so that every missing field is named at once.
 */
const text = (nullable: boolean, max: number, tooLong: string, ...more: PropertyDecorator[]) =>
  applyDecorators(
    Field(() => String, { nullable }),
    Transform(trim),
    IsOptional(),
    MaxLength(max, { message: tooLong }),
    ...more,
  );
const content = {
  title: (nullable: boolean) => text(nullable, LIMITS.ideaTitleMax, M.titleTooLong, NameOrTitle()),
  summary: (nullable: boolean) => text(nullable, LIMITS.ideaSummaryMax, M.summaryTooLong),
  problem: (nullable: boolean) => text(nullable, LIMITS.longTextMax, M.problemTooLong),
  proposal: (nullable: boolean) => text(nullable, LIMITS.longTextMax, M.proposalTooLong),
  benefits: (nullable: boolean) =>
    applyDecorators(
      Field(() => [Benefit], { nullable }),
      Transform(unique),
      IsOptional(),
    ),
  evidence: (nullable: boolean) =>
    applyDecorators(
      Field(() => [EvidenceLinkInput], { nullable }),
      IsOptional(),
      Type(() => EvidenceLinkInput),
      ValidateNested({ each: true }),
      ArrayMaxSize(LIMITS.evidenceLinksMax, { message: M.evidenceTooMany }),
    ),
  themeId: (nullable: boolean) =>
    applyDecorators(
      Field(() => ID, { nullable }),
      IsOptional(),
      IsUUID('all', { message: M.themeUnknown }),
    ),
  tags: (nullable: boolean) =>
    applyDecorators(
      Field(() => [String], { nullable, description: 'Stored trimmed, lower case and each once.' }),
      Transform(tags),
      IsOptional(),
      MaxLength(LIMITS.tagMax, { each: true, message: M.tagTooLong }),
      NameOrTitle(),
      ArrayMaxSize(LIMITS.tagsMax, { message: M.tagsTooMany }),
    ),
};

/** The parts of an idea, whichever input carries them. */
export interface IdeaContent {
  title?: string | null;
  summary?: string | null;
  problem?: string | null;
  proposal?: string | null;
  benefits?: Benefit[] | null;
  evidence?: EvidenceLinkInput[] | null;
  themeId?: string | null;
  tags?: string[] | null;
}

const ideaId = (nullable = false) =>
  applyDecorators(
    Field(() => ID, { nullable }),
    ...(nullable ? [IsOptional()] : []),
    IsUUID('all', { message: 'id must be the id of an idea' }),
  );

@InputType({ description: 'A draft saves whatever is filled in; submitIdea checks that everything required is there.' })
export class IdeaDraftInput implements IdeaContent {
  @ideaId(true)
  id?: string | null;

  @content.title(true) title?: string | null;
  @content.summary(true) summary?: string | null;
  @content.problem(true) problem?: string | null;
  @content.proposal(true) proposal?: string | null;
  @content.benefits(true) benefits?: Benefit[] | null;
  @content.evidence(true) evidence?: EvidenceLinkInput[] | null;
  @content.themeId(true) themeId?: string | null;
  @content.tags(true) tags?: string[] | null;

  /** Only for creating (no id): saving an existing draft again is harmless already. */
  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class EditIdeaInput implements IdeaContent {
  @ideaId()
  id!: string;

  @Field(() => Int, {
    description: 'The version the edit started from: a stale one is refused with CONFLICT and extensions.latestVersion.',
  })
  @IsInt()
  expectedVersion!: number;

  @content.title(false) title!: string;
  @content.summary(false) summary!: string;
  @content.problem(false) problem!: string;
  @content.proposal(false) proposal!: string;
  @content.benefits(false) benefits!: Benefit[];
  @content.evidence(false) evidence!: EvidenceLinkInput[];
  @content.themeId(false) themeId!: string;
  @content.tags(false) tags!: string[];
}

@ArgsType()
export class IdeaIdArgs {
  @ideaId()
  id!: string;
}

@ArgsType()
export class IdeasArgs extends SearchPageArgs {
  @Field(() => IdeaStatus, { nullable: true })
  @IsOptional()
  status?: IdeaStatus | null;

  @Field(() => Profession, { nullable: true, description: 'The profession of the author.' })
  @IsOptional()
  profession?: Profession | null;

  @Field(() => String, { nullable: true })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (normaliseTags([value])[0] ?? null) : value))
  @IsOptional()
  @MaxLength(LIMITS.tagMax, { message: M.tagTooLong })
  tag?: string | null;

  @Field(() => IdeaSort, { nullable: true, description: 'RELEVANCE when searching, NEWEST otherwise.' })
  @IsOptional()
  sort?: IdeaSort | null;
}

@ArgsType()
export class SimilarIdeasArgs {
  // Only a suggestion: a title longer than any idea's is cut rather than refused.
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? trimText(value).slice(0, LIMITS.ideaTitleMax) : value))
  @IsString()
  title!: string;
}

@ArgsType()
export class SetIdeaStatusArgs extends IdeaIdArgs {
  @Field(() => IdeaStatus)
  @IsEnum(IdeaStatus)
  status!: IdeaStatus;

  @Field(() => String, { nullable: true, description: 'Required when declining; shown to everyone as the reason.' })
  @Transform(trim)
  @IsOptional()
  @MaxLength(LIMITS.reasonMax, { message: M.reasonTooLong })
  reason?: string | null;
}

@ArgsType()
export class MergeIdeaArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'duplicateId must be the id of an idea' })
  duplicateId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'survivorId must be the id of an idea' })
  survivorId!: string;
}
