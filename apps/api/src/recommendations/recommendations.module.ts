import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { IdeasModule } from '../ideas/ideas.module';
import { InterestsModule } from '../interests/interests.module';
import { ThemesModule } from '../themes/themes.module';
import { VotesModule } from '../votes/votes.module';
import {
  ConflictDeclarationResolver,
  RecommendationConnectionResolver,
  RecommendationFieldsResolver,
  RecommendationRevisionResolver,
  RecommendationSourceIdeaResolver,
} from './recommendation-fields.resolver';
import { RecommendationSearchRepository } from './recommendation-search.repository';
import { RecommendationSearchService } from './recommendation-search.service';
import { RecusalService } from './recommendations.conflicts';
import { RecommendationDraftingService } from './recommendations.drafting';
import { RecommendationFollowsService } from './recommendations.follows';
import { RecommendationLoaders } from './recommendations.loaders';
import { RecommendationPublicationService } from './recommendations.publication';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationQueries } from './recommendations.queries';
import { RecommendationsResolver } from './recommendations.resolver';

@Module({
  imports: [AccountsModule, IdeasModule, InterestsModule, ThemesModule, VotesModule],
  providers: [
    RecommendationQueries,
    RecommendationSearchRepository,
    RecommendationSearchService,
    RecommendationDraftingService,
    RecusalService,
    RecommendationPublicationService,
    RecommendationFollowsService,
    RecommendationLoaders,
    RecommendationsResolver,
    RecommendationFieldsResolver,
    RecommendationSourceIdeaResolver,
    ConflictDeclarationResolver,
    RecommendationRevisionResolver,
    RecommendationConnectionResolver,
    RecommendationsRepository,
  ],
  // Votes recuse members through RecusalService.
  exports: [RecusalService, RecommendationsRepository],
})
export class RecommendationsModule {}
