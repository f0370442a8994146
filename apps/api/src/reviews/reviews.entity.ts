import { ReviewItemKind } from '@ideas-hub/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A board member asked by the chair (or an administrator) to review an item; once per member and item. */
@Entity('review_assignments')
export class ReviewAssignmentEntity {
  @PrimaryColumn('text', { name: 'item_kind' })
  itemKind!: ReviewItemKind;

  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId!: string;

  @PrimaryColumn('uuid', { name: 'reviewer_id' })
  reviewerId!: string;

  @Column('uuid', { name: 'assigned_by' })
  assignedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One reviewer's rubric scores (1 to 5) and comment on one item; submitting again replaces it. */
@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'item_kind' })
  itemKind!: ReviewItemKind;

  @Column('uuid', { name: 'item_id' })
  itemId!: string;

  @Column('uuid', { name: 'reviewer_id' })
  reviewerId!: string;

  @Column('smallint', { name: 'patient_outcomes' })
  patientOutcomes!: number;

  @Column('smallint', { name: 'patient_experience' })
  patientExperience!: number;

  @Column('smallint')
  staff!: number;

  @Column('smallint')
  feasibility!: number;

  @Column('smallint')
  evidence!: number;

  @Column('smallint', { name: 'open_standards' })
  openStandards!: number;

  @Column('text')
  comment!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** When the scores were last submitted. */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** The board's private discussion of an item. */
@Entity('board_notes')
export class BoardNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'item_kind' })
  itemKind!: ReviewItemKind;

  @Column('uuid', { name: 'item_id' })
  itemId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('text')
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
