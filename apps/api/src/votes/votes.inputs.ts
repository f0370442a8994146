import { VOTE_LIMITS, VOTE_MESSAGES, VoteChoice } from '@ideas-hub/domain';
import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsDate, IsEnum, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class VotesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation' })
  recommendationId!: string;
}

@ArgsType()
export class OpenVoteArgs extends VotesArgs {
  @Field({ description: `From a minute to ${VOTE_LIMITS.openDaysMax} days ahead.` })
  @IsDate({ message: VOTE_MESSAGES.closesAtPast })
  closesAt!: Date;

  @Field(() => Float, { description: 'Share of the eligible, non-recused members who must vote: 0 < q <= 1, to three decimal places.' })
  @Max(VOTE_LIMITS.quorumMax, { message: VOTE_MESSAGES.quorumRange })
  @Min(VOTE_LIMITS.quorumMin, { message: VOTE_MESSAGES.quorumRange })
  quorum!: number;
}

@ArgsType()
export class VoteIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'voteId must be the id of a vote' })
  voteId!: string;
}

@ArgsType()
export class CastVoteArgs extends VoteIdArgs {
  @Field(() => VoteChoice)
  @IsEnum(VoteChoice)
  choice!: VoteChoice;
}
