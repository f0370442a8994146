import { Benefit, IdeaStatus } from '@ideas-hub/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface EvidenceLink {
  label: string;
  url: string;
}

@Entity('ideas')
export class IdeaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  summary!: string;

  @Column('text', { default: '' })
  problem!: string;

  @Column('text', { default: '' })
  proposal!: string;

  @Column('text', { array: true, default: () => `'{}'` })
  benefits!: Benefit[];

  @Column('jsonb', { default: () => `'[]'` })
  evidence!: EvidenceLink[];

  @Column('text', { array: true, default: () => `'{}'` })
  tags!: string[];

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('text')
  status!: IdeaStatus;

  /** Bumped by every change of content: editIdea refuses a stale one. */
  @Column('int', { default: 1 })
  version!: number;

  @Column('text', { name: 'declined_reason', nullable: true })
  declinedReason!: string | null;

  @Column('uuid', { name: 'merged_into_id', nullable: true })
  mergedIntoId!: string | null;

  @Column('timestamptz', { name: 'hidden_at', nullable: true })
  hiddenAt!: Date | null;

  /** Kept in step with `endorsements` in the same transaction, so lists can sort on it. */
  @Column('int', { name: 'endorsement_count', default: 0 })
  endorsementCount!: number;

  /** Visible comments only: hiding a comment takes it out of the count. */
  @Column('int', { name: 'comment_count', default: 0 })
  commentCount!: number;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The public lifecycle history of an idea. */
@Entity('idea_status_changes')
export class IdeaStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'idea_id' })
  ideaId!: string;

  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: IdeaStatus | null;

  @Column('text', { name: 'to_status' })
  toStatus!: IdeaStatus;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The text of an idea at one version after its submission. */
@Entity('idea_revisions')
export class IdeaRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'idea_id' })
  ideaId!: string;

  @Column('int')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  problem!: string;

  @Column('text')
  proposal!: string;

  @Column('text', { array: true })
  benefits!: Benefit[];

  @Column('jsonb')
  evidence!: EvidenceLink[];

  @Column('text', { array: true })
  tags!: string[];

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('uuid', { name: 'editor_id' })
  editorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One per person and idea: the primary key makes a second endorsement (or follow) impossible, even under races. */
abstract class IdeaSupport {
  @PrimaryColumn('uuid', { name: 'idea_id' })
  ideaId!: string;

  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('endorsements')
export class EndorsementEntity extends IdeaSupport {}

@Entity('idea_follows')
export class IdeaFollowEntity extends IdeaSupport {}
