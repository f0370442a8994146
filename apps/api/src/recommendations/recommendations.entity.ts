import { ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export interface RecommendationAction {
  /** What should change. */
  action: string;
  /** Who should act. */
  owner: string;
}

export interface StoredEvidenceLink {
  label: string;
  url: string;
}

/** The text of a recommendation, shared by the recommendation itself and each of its revisions. */
export interface RecommendationText {
  title: string;
  summary: string;
  rationale: string;
  actions: RecommendationAction[];
  audience: string;
  themeId: string | null;
  organisations: string[];
  evidence: StoredEvidenceLink[];
}

/**
 * `version` guards edits (optimistic locking); `revisionNumber` names the text a vote is on.
 * Both move together today, but only the revision number is public.
 */
@Entity('recommendations')
export class RecommendationEntity implements RecommendationText {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  rationale!: string;

  @Column('jsonb', { default: () => `'[]'` })
  actions!: RecommendationAction[];

  @Column('text', { default: '' })
  audience!: string;

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  organisations!: string[];

  @Column('jsonb', { default: () => `'[]'` })
  evidence!: StoredEvidenceLink[];

  @Column('text')
  status!: RecommendationStatus;

  @Column('int', { default: 1 })
  version!: number;

  @Column('int', { name: 'revision_number', default: 1 })
  revisionNumber!: number;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('int', { name: 'published_revision', nullable: true })
  publishedRevision!: number | null;

  @Column('text', { name: 'implementation_status', nullable: true })
  implementationStatus!: ImplementationStatus | null;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** The text of a recommendation at each numbered revision; never changed once written. */
@Entity('recommendation_revisions')
export class RecommendationRevisionEntity implements RecommendationText {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recommendation_id' })
  recommendationId!: string;

  @Column('int')
  number!: number;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  rationale!: string;

  @Column('jsonb')
  actions!: RecommendationAction[];

  @Column('text')
  audience!: string;

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('text', { array: true })
  organisations!: string[];

  @Column('jsonb')
  evidence!: StoredEvidenceLink[];

  @Column('uuid', { name: 'editor_id' })
  editorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A board member's declared conflict of interest on one recommendation: it recuses them from its votes. */
@Entity('conflict_declarations')
export class ConflictDeclarationEntity {
  @PrimaryColumn('uuid', { name: 'recommendation_id' })
  recommendationId!: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('text')
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('implementation_updates')
export class ImplementationUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recommendation_id' })
  recommendationId!: string;

  @Column('text')
  status!: ImplementationStatus;

  @Column('text', { nullable: true })
  note!: string | null;

  /** YYYY-MM-DD: a calendar day, with no time zone to shift it. */
  @Column('date', { name: 'effective_date' })
  effectiveDate!: string;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
