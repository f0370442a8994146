import { IdentityMode, ReportMessageAuthor, ReportStatus } from '@ideas-hub/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredEvidenceLink {
  label: string;
  url: string;
}

/**
 * A best-practice gap report. For an ANONYMOUS report nothing here points at who sent it:
 * reporterId is null (the database checks it) and the times it wrote are dated to the day only.
 */
@Entity('practice_gap_reports')
export class PracticeGapReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'identity_mode' })
  identityMode!: IdentityMode;

  @Column('uuid', { name: 'reporter_id', nullable: true })
  reporterId!: string | null;

  @Column('text')
  guidance!: string;

  @Column('text', { name: 'guidance_url', nullable: true })
  guidanceUrl!: string | null;

  @Column('text', { name: 'organisation_ods_code', nullable: true })
  organisationOdsCode!: string | null;

  @Column('text', { name: 'organisation_name', nullable: true })
  organisationName!: string | null;

  @Column('text', { name: 'what_happens' })
  whatHappens!: string;

  @Column('text', { name: 'what_should_happen' })
  whatShouldHappen!: string;

  @Column('text')
  impact!: string;

  @Column('jsonb')
  evidence!: StoredEvidenceLink[];

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('text')
  status!: ReportStatus;

  @Column('text', { name: 'status_note', nullable: true })
  statusNote!: string | null;

  @Column('uuid', { name: 'recommendation_id', nullable: true })
  recommendationId!: string | null;

  @Column('text', { name: 'receipt_code' })
  receiptCode!: string;

  /** argon2id of the anonymous reporter's passphrase; never leaves the service. */
  @Column('text', { name: 'passphrase_hash', nullable: true, select: false })
  passphraseHash!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

@Entity('report_messages')
export class ReportMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'report_id' })
  reportId!: string;

  @Column('text', { name: 'author_kind' })
  authorKind!: ReportMessageAuthor;

  /** Set for board replies only: a reporter's answer is never linked to an account. */
  @Column('uuid', { name: 'board_author_id', nullable: true })
  boardAuthorId!: string | null;

  @Column('text')
  body!: string;

  @Column('int')
  position!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

@Entity('report_status_changes')
export class ReportStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'report_id' })
  reportId!: string;

  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: ReportStatus | null;

  @Column('text', { name: 'to_status' })
  toStatus!: ReportStatus;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
