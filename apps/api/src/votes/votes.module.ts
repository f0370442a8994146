import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { RecommendationsDataModule } from '../recommendations/recommendations-data.module';
import { VoteClosingService } from './vote-closing.service';
import { VoteEligibilityService } from './vote-eligibility.service';
import { VoteSweepJob } from './vote-sweep.job';
import { VoteViewsService } from './vote-views.service';
import { VotesRepository } from './votes.repository';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

@Module({
  // Votes are on recommendations, by the board less those recused from them.
  imports: [AccountsModule, RecommendationsDataModule],
  providers: [VotesRepository, VoteEligibilityService, VoteClosingService, VoteViewsService, VotesService, VoteSweepJob, VotesResolver],
  // Editing and publishing a recommendation depend on its votes; its public page shows the vote that passed it.
  exports: [VotesService, VotesRepository],
})
export class VotesModule {}
