import { ContentType, ModerationDecision } from '@ideas-hub/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a flag and a decision share: the idea or comment they are about, why, and when. */
abstract class ContentRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'content_type' })
  contentType!: ContentType;

  @Column('uuid', { name: 'content_id' })
  contentId!: string;

  @Column('text')
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A person's report that an idea or comment breaks the rules; one per person and item. */
@Entity('flags')
export class FlagEntity extends ContentRow {
  @Column('uuid', { name: 'flagger_id' })
  flaggerId!: string;

  /** Set when an administrator decides on the item. */
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}

/** Every hide and restore, with the administrator's reason: the moderation history. */
@Entity('moderation_decisions')
export class ModerationDecisionEntity extends ContentRow {
  @Column('text')
  decision!: ModerationDecision;

  @Column('uuid', { name: 'moderator_id' })
  moderatorId!: string;
}
