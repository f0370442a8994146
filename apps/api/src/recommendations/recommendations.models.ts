import { ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvidenceLinkModel } from '../platform/graphql/evidence';
import { ConnectionType } from '../platform/graphql/pagination';
import {
  ImplementationUpdateEntity,
  RecommendationAction,
  RecommendationEntity,
  RecommendationRevisionEntity,
} from './recommendations.entity';
import type { RecommendationFilters } from './recommendation-search.repository';

registerEnumType(RecommendationStatus, { name: 'RecommendationStatus' });
registerEnumType(ImplementationStatus, { name: 'ImplementationStatus' });

@ObjectType('RecommendationAction', { description: 'What should change, and who should act.' })
export class RecommendationActionModel {
  @Field()
  action!: string;

  @Field()
  owner!: string;

  static list(actions: RecommendationAction[]): RecommendationActionModel[] {
    return actions.map(({ action, owner }) => Object.assign(new RecommendationActionModel(), { action, owner }));
  }
}

@ObjectType('Recommendation')
export class RecommendationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  rationale!: string;

  @Field(() => [RecommendationActionModel])
  actions!: RecommendationActionModel[];

  @Field()
  audience!: string;

  @Field(() => [String], { description: 'Organisations concerned: a board member whose register of interests names one is recused.' })
  organisations!: string[];

  @Field(() => [EvidenceLinkModel])
  evidence!: EvidenceLinkModel[];

  @Field(() => RecommendationStatus)
  status!: RecommendationStatus;

  @Field(() => Int, { description: 'For optimistic locking of reviseRecommendation.' })
  version!: number;

  @Field(() => Int, { description: 'The current revision: votes are on one revision.' })
  revisionNumber!: number;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The revision the board passed and published.' })
  publishedRevision!: number | null;

  @Field(() => ImplementationStatus, { nullable: true, description: 'The status of the latest implementation update.' })
  implementationStatus!: ImplementationStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Search snippet: HTML-escaped text with <mark>…</mark> around matches; only in recommendations(query:).',
  })
  headline!: string | null;

  themeId!: string | null;

  static from(entity: RecommendationEntity, headline: string | null = null): RecommendationModel {
    return Object.assign(new RecommendationModel(), {
      id: entity.id,
      title: entity.title,
      summary: entity.summary,
      rationale: entity.rationale,
      actions: RecommendationActionModel.list(entity.actions),
      audience: entity.audience,
      organisations: entity.organisations,
      evidence: entity.evidence,
      status: entity.status,
      version: entity.version,
      revisionNumber: entity.revisionNumber,
      publishedAt: entity.publishedAt,
      publishedRevision: entity.publishedRevision,
      implementationStatus: entity.implementationStatus,
      headline,
      themeId: entity.themeId,
    });
  }
}

@ObjectType('RecommendationRevision', { description: 'The text of a recommendation as one numbered revision left it.' })
export class RecommendationRevisionModel {
  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  rationale!: string;

  @Field(() => [RecommendationActionModel])
  actions!: RecommendationActionModel[];

  @Field()
  audience!: string;

  @Field(() => [String])
  organisations!: string[];

  @Field()
  createdAt!: Date;

  editorId!: string;

  static from(revision: RecommendationRevisionEntity): RecommendationRevisionModel {
    const { number, title, summary, rationale, audience, organisations, createdAt, editorId } = revision;
    return Object.assign(new RecommendationRevisionModel(), {
      number,
      title,
      summary,
      rationale,
      actions: RecommendationActionModel.list(revision.actions),
      audience,
      organisations,
      createdAt,
      editorId,
    });
  }
}

@ObjectType('RecommendationSourceIdea', { description: 'An idea the recommendation draws on.' })
export class RecommendationSourceIdeaModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  authorId!: string;
}

@ObjectType('ImplementationUpdate')
export class ImplementationUpdateModel {
  @Field(() => ImplementationStatus)
  status!: ImplementationStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'YYYY-MM-DD.' })
  effectiveDate!: string;

  @Field()
  recordedAt!: Date;

  static from(update: ImplementationUpdateEntity): ImplementationUpdateModel {
    const { status, note, effectiveDate, createdAt } = update;
    return Object.assign(new ImplementationUpdateModel(), { status, note, effectiveDate, recordedAt: createdAt });
  }
}

@ObjectType('ConflictDeclaration', { description: 'A board member’s declared conflict of interest: it recuses them from the vote.' })
export class ConflictDeclarationModel {
  @Field()
  reason!: string;

  @Field()
  declaredAt!: Date;

  memberId!: string;
}

@ObjectType()
export class RecommendationConnection extends ConnectionType(RecommendationModel, 'Recommendation') {
  /** What the list was asked for, so that totalCount is counted only when a client asks for it. */
  filters!: RecommendationFilters;
}
