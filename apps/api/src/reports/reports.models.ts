import { IdentityMode, ReportMessageAuthor, ReportStatus } from '@ideas-hub/domain';
import { Field, ID, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { AccountModel } from '../accounts/accounts.models';
import type { AccountProfile } from '../accounts/accounts.repository';
import { EvidenceLinkModel } from '../platform/graphql/evidence';
import { ConnectionType } from '../platform/graphql/pagination';
import type { ReportMessageRow } from './report-messages.service';
import type { ReportStatusChangeEntity } from './reports.entity';
import type { StoredReport } from './reports.repository';

registerEnumType(IdentityMode, { name: 'IdentityMode' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportMessageAuthor, { name: 'ReportMessageAuthor' });

/** What a viewer who may know who sent a report sees of them: their account, without its roles. */
const REPORTER_FIELDS = ['id', 'name', 'email', 'profession', 'organisation'] as const;

@ObjectType('Reporter', {
  description: 'Who sent a report: OPEN -> the board sees it; CONFIDENTIAL -> chair and admins only; ANONYMOUS -> nobody, ever.',
})
export class ReporterModel extends PickType(AccountModel, REPORTER_FIELDS) {
  static from(account: AccountProfile): ReporterModel {
    const { id, name, email, profession, organisation } = account;
    return Object.assign(new ReporterModel(), { id, name, email, profession, organisation });
  }
}

@ObjectType('ReportMessage')
export class ReportMessageModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportMessageAuthor)
  authorKind!: ReportMessageAuthor;

  @Field(() => String, { nullable: true, description: 'A board member’s name; for the reporter, only where the reporter may be named.' })
  authorName!: string | null;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  static from(
    message: Pick<ReportMessageModel, 'id' | 'authorKind' | 'body' | 'createdAt'>,
    authorName: string | null,
  ): ReportMessageModel {
    return Object.assign(new ReportMessageModel(), {
      id: message.id,
      authorKind: message.authorKind,
      authorName,
      body: message.body,
      createdAt: message.createdAt,
    });
  }
}

@ObjectType('ReportStatusChange')
export class ReportStatusChangeModel {
  @Field(() => ReportStatus, { nullable: true })
  fromStatus!: ReportStatus | null;

  @Field(() => ReportStatus)
  toStatus!: ReportStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  at!: Date;

  static from(entity: ReportStatusChangeEntity): ReportStatusChangeModel {
    return Object.assign(new ReportStatusChangeModel(), {
      fromStatus: entity.fromStatus,
      toStatus: entity.toStatus,
      note: entity.note,
      at: entity.createdAt,
    });
  }
}

@ObjectType('PracticeGapReport', { description: 'Never public: the board, and the reporter through myReports or their receipt.' })
export class PracticeGapReportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  receiptCode!: string;

  @Field(() => IdentityMode)
  identityMode!: IdentityMode;

  @Field()
  guidance!: string;

  @Field(() => String, { nullable: true })
  guidanceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text when the organisation is not in the list.' })
  organisationName!: string | null;

  @Field()
  whatHappens!: string;

  @Field()
  whatShouldHappen!: string;

  @Field()
  impact!: string;

  @Field(() => [EvidenceLinkModel])
  evidence!: EvidenceLinkModel[];

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => String, { nullable: true, description: 'Where it was referred, why it closed, or how it was addressed.' })
  statusNote!: string | null;

  @Field(() => ID, { nullable: true })
  recommendationId!: string | null;

  @Field({ description: 'For an anonymous report, the day only.' })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Only for the anonymous reporter, while the report waits for its day to end: the UTC date (YYYY-MM-DD) from which the board sees it.',
  })
  boardSeesOn!: string | null;

  /** What only the anonymous reporter sees through the receipt: their answers not yet released, and for a held report its first status. */
  heldAnswers?: ReportMessageRow[];
  held?: boolean;

  /** The reporter's account when this viewer may know it (see reports.visibility.ts), otherwise null. */
  visibleReporterId!: string | null;
  themeId!: string | null;
  organisationOdsCode!: string | null;

  static from(entity: StoredReport, visibleReporterId: string | null): PracticeGapReportModel {
    return Object.assign(new PracticeGapReportModel(), {
      id: entity.id,
      receiptCode: entity.receiptCode,
      identityMode: entity.identityMode,
      guidance: entity.guidance,
      guidanceUrl: entity.guidanceUrl,
      organisationName: entity.organisationName,
      whatHappens: entity.whatHappens,
      whatShouldHappen: entity.whatShouldHappen,
      impact: entity.impact,
      evidence: entity.evidence,
      status: entity.status,
      statusNote: entity.statusNote,
      recommendationId: entity.recommendationId,
      createdAt: entity.createdAt,
      boardSeesOn: null,
      visibleReporterId,
      themeId: entity.themeId,
      organisationOdsCode: entity.organisationOdsCode,
    });
  }
}

@ObjectType()
export class PracticeGapReportConnection extends ConnectionType(PracticeGapReportModel, 'PracticeGapReport') {
  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('ReportReceipt', {
  description: 'Shown once, after sending: keep the receipt code (and the passphrase, for an anonymous report) to follow it.',
})
export class ReportReceiptModel {
  @Field()
  receiptCode!: string;

  @Field(() => String, { nullable: true, description: 'Anonymous reports only; it is not stored and cannot be shown again.' })
  passphrase!: string | null;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Anonymous reports only: the UTC date (YYYY-MM-DD) from which the board sees it. ' +
      'Anonymous reports wait until their day has ended, so that nothing dates them closer than the day.',
  })
  boardSeesOn!: string | null;
}
