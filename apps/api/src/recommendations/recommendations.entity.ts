import { RecommendationStatus } from '@ideas-hub/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('recommendations')
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  rationale!: string;

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('text')
  status!: RecommendationStatus;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
