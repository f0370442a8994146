import { Benefit, IdeaSort, IdeaStatus } from '@ideas-hub/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvidenceLinkModel } from '../platform/graphql/evidence';
import { ConnectionType } from '../platform/graphql/pagination';
import { IdeaEntity, IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas.entity';
import type { IdeaFilters } from './idea-search.repository';

registerEnumType(Benefit, { name: 'Benefit' });
registerEnumType(IdeaStatus, { name: 'IdeaStatus' });
registerEnumType(IdeaSort, { name: 'IdeaSort' });

@ObjectType('IdeaStatusChange')
export class IdeaStatusChangeModel {
  @Field(() => IdeaStatus, { nullable: true })
  fromStatus!: IdeaStatus | null;

  @Field(() => IdeaStatus)
  toStatus!: IdeaStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  at!: Date;

  static from(change: IdeaStatusChangeEntity): IdeaStatusChangeModel {
    return Object.assign(new IdeaStatusChangeModel(), {
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      reason: change.reason,
      at: change.createdAt,
    });
  }
}

@ObjectType('IdeaRevision')
export class IdeaRevisionModel {
  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  problem!: string;

  @Field()
  proposal!: string;

  @Field()
  editedAt!: Date;

  static from(revision: IdeaRevisionEntity): IdeaRevisionModel {
    const { version, title, summary, problem, proposal, createdAt } = revision;
    return Object.assign(new IdeaRevisionModel(), { version, title, summary, problem, proposal, editedAt: createdAt });
  }
}

@ObjectType('Idea')
export class IdeaModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  problem!: string;

  @Field()
  proposal!: string;

  @Field(() => [Benefit])
  benefits!: Benefit[];

  @Field(() => [EvidenceLinkModel])
  evidence!: EvidenceLinkModel[];

  @Field(() => [String])
  tags!: string[];

  @Field(() => IdeaStatus)
  status!: IdeaStatus;

  @Field(() => String, { nullable: true })
  declinedReason!: string | null;

  @Field(() => Int, { description: 'For optimistic locking of editIdea.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  endorsementCount!: number;

  @Field(() => Int)
  commentCount!: number;

  @Field({ description: 'A hidden idea is seen only by administrators and, marked hidden, by its author.' })
  hidden!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Search snippet: HTML-escaped text with <mark>…</mark> around matches; only in ideas(query:).',
  })
  headline!: string | null;

  themeId!: string | null;
  authorId!: string;
  mergedIntoId!: string | null;

  static from(entity: IdeaEntity, headline: string | null = null): IdeaModel {
    return Object.assign(new IdeaModel(), {
      id: entity.id,
      title: entity.title,
      summary: entity.summary,
      problem: entity.problem,
      proposal: entity.proposal,
      benefits: entity.benefits,
      evidence: entity.evidence,
      tags: entity.tags,
      status: entity.status,
      declinedReason: entity.declinedReason,
      version: entity.version,
      submittedAt: entity.submittedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      endorsementCount: entity.endorsementCount,
      commentCount: entity.commentCount,
      hidden: entity.hiddenAt !== null,
      headline,
      themeId: entity.themeId,
      authorId: entity.authorId,
      mergedIntoId: entity.mergedIntoId,
    });
  }
}

@ObjectType()
export class IdeaConnection extends ConnectionType(IdeaModel, 'Idea') {
  /** What the list was asked for, so that totalCount is counted only when a client asks for it. */
  filters!: IdeaFilters;
}

@ObjectType('SimilarIdea')
export class SimilarIdeaModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => IdeaStatus)
  status!: IdeaStatus;

  @Field(() => Int)
  endorsementCount!: number;

  @Field(() => Float)
  similarity!: number;
}
