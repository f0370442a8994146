import { Module } from '@nestjs/common';
import { InterestsModule } from '../interests/interests.module';
import { RecusalService } from '../recommendations/recommendations.conflicts';
import { VoteCloser } from './votes.closing';
import { VoteEligibility } from './votes.eligibility';
import { VoteQueries } from './votes.queries';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';
import { VoteSweep } from './votes.sweep';

@Module({
  // RecusalService reads registers of interests through InterestsService.
  imports: [InterestsModule],
  // RecusalService is stateless: providing it here, rather than importing RecommendationsModule,
  // lets RecommendationsModule import this one (for vote records) without a cycle.
  providers: [RecusalService, VoteEligibility, VoteCloser, VoteQueries, VotesService, VoteSweep, VotesResolver],
  exports: [VotesService],
})
export class VotesModule {}
