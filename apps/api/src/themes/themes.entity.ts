import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The curated themes every idea, report and recommendation is filed under. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  description!: string;

  @Column('int')
  position!: number;
}
