import { VoteChoice, VoteResult } from '@ideas-hub/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AuthorRow } from '../accounts/accounts.loaders';
import { AuthorModel } from '../accounts/accounts.models';
import type { Tally } from './votes.rules';

registerEnumType(VoteChoice, { name: 'VoteChoice' });
registerEnumType(VoteResult, {
  name: 'VoteResult',
  description: 'PASSED: quorum met and more FOR than AGAINST; REJECTED: quorum met otherwise; NO_QUORUM.',
});

/** A closed vote as published: the counts and who voted how, or was recused. */
export interface VoteRecordView {
  result: VoteResult;
  tally: Tally;
  eligibleCount: number;
  quorum: number;
  ballots: { member: AuthorRow; choice: VoteChoice }[];
  recused: AuthorRow[];
  closedAt: Date;
  revisionNumber: number;
}

/** A vote as one caller sees it: the running count only once they have voted. */
export interface VoteView {
  id: string;
  recommendationId: string;
  revisionNumber: number;
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  quorum: number;
  result: VoteResult | null;
  myChoice: VoteChoice | null;
  recusedMe: boolean;
  tally: Tally | null;
  eligibleCount: number;
  votesCast: number;
  record: VoteRecordView | null;
}

@ObjectType('VoteTally')
export class VoteTallyModel {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;

  static from(tally: Tally): VoteTallyModel {
    return Object.assign(new VoteTallyModel(), { for: tally.for, against: tally.against, abstain: tally.abstain });
  }
}

@ObjectType('Ballot')
export class BallotModel {
  @Field(() => AuthorModel)
  member!: AuthorModel;

  @Field(() => VoteChoice, { nullable: true, description: 'Null when the member was recused.' })
  choice!: VoteChoice | null;
}

@ObjectType('VoteRecord', { description: 'How a closed vote went: public once its recommendation is published.' })
export class VoteRecordModel {
  @Field(() => VoteResult)
  result!: VoteResult;

  @Field(() => VoteTallyModel)
  tally!: VoteTallyModel;

  @Field(() => Int, { description: 'Board members who could vote: everyone on the board when it closed, less those recused.' })
  eligibleCount!: number;

  @Field(() => Float)
  quorum!: number;

  @Field(() => [BallotModel], { description: 'Each counted ballot and each recusal (choice null), by member name.' })
  ballots!: BallotModel[];

  @Field(() => [AuthorModel])
  recused!: AuthorModel[];

  @Field()
  closedAt!: Date;

  @Field(() => Int)
  revisionNumber!: number;

  static from(view: VoteRecordView): VoteRecordModel {
    const recused = view.recused.map((member) => ({ member, choice: null }));
    const ballots = [...view.ballots, ...recused]
      .sort((a, b) => a.member.name.localeCompare(b.member.name, 'en-GB') || a.member.id.localeCompare(b.member.id))
      .map(({ member, choice }) => Object.assign(new BallotModel(), { member: AuthorModel.from(member), choice }));
    return Object.assign(new VoteRecordModel(), {
      result: view.result,
      tally: VoteTallyModel.from(view.tally),
      eligibleCount: view.eligibleCount,
      quorum: view.quorum,
      ballots,
      recused: view.recused.map((member) => AuthorModel.from(member)),
      closedAt: view.closedAt,
      revisionNumber: view.revisionNumber,
    });
  }
}

@ObjectType('Vote')
export class VoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  recommendationId!: string;

  @Field(() => Int)
  revisionNumber!: number;

  @Field()
  openedAt!: Date;

  @Field()
  closesAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Float, { description: 'Share of the eligible (non-recused) members who must vote, 0 < q <= 1.' })
  quorum!: number;

  @Field()
  open!: boolean;

  @Field(() => VoteResult, { nullable: true, description: 'Once closed.' })
  result!: VoteResult | null;

  @Field(() => VoteChoice, { nullable: true })
  myChoice!: VoteChoice | null;

  @Field()
  recusedMe!: boolean;

  @Field(() => VoteTallyModel, { nullable: true, description: 'Null while open unless the caller has voted; always once closed.' })
  tally!: VoteTallyModel | null;

  @Field(() => Int, { description: 'Non-recused board members.' })
  eligibleCount!: number;

  @Field(() => Int)
  votesCast!: number;

  @Field(() => VoteRecordModel, { nullable: true, description: 'Once closed.' })
  record!: VoteRecordModel | null;

  static from(view: VoteView): VoteModel {
    return Object.assign(new VoteModel(), {
      ...view,
      open: view.closedAt === null,
      tally: view.tally ? VoteTallyModel.from(view.tally) : null,
      record: view.record ? VoteRecordModel.from(view.record) : null,
    });
  }
}
