import { LIMITS } from '@ideas-hub/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsUrl, MaxLength } from 'class-validator';
import { NameOrTitle, trim } from './text';

// Only http and https: a javascript: or data: link must never reach a reader's browser.
export const HTTP_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true };
export const HTTP_URL_MESSAGE = 'Enter a web address starting with http:// or https://';
export const URL_TOO_LONG_MESSAGE = `Web address must be ${LIMITS.urlMax} characters or fewer`;

/** Evidence behind an idea or a report: shared, so that both show and check links the same way. */
@ObjectType('EvidenceLink')
export class EvidenceLinkModel {
  @Field()
  label!: string;

  @Field()
  url!: string;
}

@InputType()
export class EvidenceLinkInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter a label for the link' })
  @MaxLength(LIMITS.evidenceLabelMax, { message: `Label must be ${LIMITS.evidenceLabelMax} characters or fewer` })
  @NameOrTitle()
  label!: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the web address of the evidence' })
  @MaxLength(LIMITS.urlMax, { message: URL_TOO_LONG_MESSAGE })
  @IsUrl(HTTP_URL_OPTIONS, { message: HTTP_URL_MESSAGE })
  url!: string;
}
