import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { IdeasModule } from '../ideas/ideas.module';
import { IdeasRepository } from '../ideas/ideas.repository';
import { ReportsRepository } from '../reports/reports.repository';
import { ThemesModule } from '../themes/themes.module';
import { VotesModule } from '../votes/votes.module';
import {
  ConflictDeclarationResolver,
  IdeaAdoptionResolver,
  RecommendationConnectionResolver,
  RecommendationFieldsResolver,
  RecommendationRevisionResolver,
  RecommendationSourceIdeaResolver,
} from './recommendation-fields.resolver';
import { RecommendationDraftingService } from './recommendation-drafting.service';
import { RecommendationFollowsRepository } from './recommendation-follows.repository';
import { RecommendationFollowsService } from './recommendation-follows.service';
import { RecommendationPublicationService } from './recommendation-publication.service';
import { RecommendationsDataModule } from './recommendations-data.module';
import { RecommendationLoaders } from './recommendations.loaders';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationSearchRepository } from './recommendation-search.repository';
import { RecommendationSearchService } from './recommendation-search.service';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [AccountsModule, IdeasModule, ThemesModule, RecommendationsDataModule, VotesModule],
  providers: [
    RecommendationFollowsRepository,
    // The ideas and reports recommendations draw on, asked through their repositories (stateless, no dependencies).
    // Provided here: the app configures ReportsModule once (forRoot), and importing it again would build a second one.
    IdeasRepository,
    ReportsRepository,
    RecommendationsService,
    RecommendationSearchRepository,
    RecommendationSearchService,
    RecommendationDraftingService,
    RecommendationPublicationService,
    RecommendationFollowsService,
    RecommendationLoaders,
    RecommendationsResolver,
    RecommendationFieldsResolver,
    RecommendationSourceIdeaResolver,
    ConflictDeclarationResolver,
    RecommendationRevisionResolver,
    RecommendationConnectionResolver,
    IdeaAdoptionResolver,
  ],
})
export class RecommendationsModule {}
