import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { InterestsModule } from '../interests/interests.module';
import { ConflictDeclarationsRepository } from './conflict-declarations.repository';
import { RecommendationsRepository } from './recommendations.repository';
import { RecusalService } from './recusal.service';

/**
 * What the votes domain asks of recommendations: their rows, and who is recused from voting on them. A module of
 * its own, imported by VotesModule and by RecommendationsModule (which asks votes in turn), so that neither of
 * those two imports the other.
 */
@Module({
  // Recusal asks the board of accounts, and registers of interests.
  imports: [AccountsModule, InterestsModule],
  providers: [RecommendationsRepository, ConflictDeclarationsRepository, RecusalService],
  exports: [RecommendationsRepository, ConflictDeclarationsRepository, RecusalService],
})
export class RecommendationsDataModule {}
