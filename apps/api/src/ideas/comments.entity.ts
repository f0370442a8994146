import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('comments')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'idea_id' })
  ideaId!: string;

  /** Set on replies; a reply is never a parent, so threads are one level deep. */
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  /** The Markdown as written. */
  @Column('text')
  body!: string;

  /** Rendered and sanitised once, on the server, when written. */
  @Column('text', { name: 'body_html' })
  bodyHtml!: string;

  @Column('timestamptz', { name: 'hidden_at', nullable: true })
  hiddenAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
