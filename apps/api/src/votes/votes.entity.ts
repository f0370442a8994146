import { VoteChoice, VoteResult } from '@ideas-hub/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A vote on one revision of a recommendation; the result and counts are a snapshot taken when it closes. */
@Entity('votes')
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recommendation_id' })
  recommendationId!: string;

  @Column('int', { name: 'revision_number' })
  revisionNumber!: number;

  /** numeric(4,3): PostgreSQL returns it as text, like '0.500'. */
  @Column('numeric', { precision: 4, scale: 3 })
  quorum!: string;

  @Column('uuid', { name: 'opened_by' })
  openedBy!: string;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('timestamptz', { name: 'closes_at' })
  closesAt!: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('text', { nullable: true })
  result!: VoteResult | null;

  @Column('int', { name: 'eligible_count', nullable: true })
  eligibleCount!: number | null;

  @Column('int', { name: 'tally_for', nullable: true })
  tallyFor!: number | null;

  @Column('int', { name: 'tally_against', nullable: true })
  tallyAgainst!: number | null;

  @Column('int', { name: 'tally_abstain', nullable: true })
  tallyAbstain!: number | null;
}

/** One per member and vote (the primary key): changing one's mind updates it. */
@Entity('ballots')
export class BallotEntity {
  @PrimaryColumn('uuid', { name: 'vote_id' })
  voteId!: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('text')
  choice!: VoteChoice;

  @Column('timestamptz', { name: 'cast_at' })
  castAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  /** Null while the vote is open; at the close, whether the member was still eligible. */
  @Column('boolean', { nullable: true })
  counted!: boolean | null;
}

/** Who was recused when the vote closed, and why: part of the published record. */
@Entity('vote_recusals')
export class VoteRecusalEntity {
  @PrimaryColumn('uuid', { name: 'vote_id' })
  voteId!: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('text')
  reason!: string;
}
