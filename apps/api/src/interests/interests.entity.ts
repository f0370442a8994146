import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry in a board member's public register of interests. */
@Entity('interests')
export class InterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('text')
  organisation!: string;

  @Column('text')
  nature!: string;

  /** YYYY-MM-DD: TypeORM hands `date` columns over as strings, never shifted by a time zone. */
  @Column('date', { name: 'from_date' })
  from!: string;

  /** Null while the interest continues. */
  @Column('date', { name: 'to_date', nullable: true })
  to!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
