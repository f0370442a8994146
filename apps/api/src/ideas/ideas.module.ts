import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ThemesModule } from '../themes/themes.module';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { IdeaEngagementRepository } from './idea-engagement.repository';
import { IdeaEngagementResolver } from './idea-engagement.resolver';
import { IdeaEngagementService } from './idea-engagement.service';
import { IdeaConnectionResolver, IdeaFieldsResolver } from './idea-fields.resolver';
import { IdeaHistoryRepository } from './idea-history.repository';
import { IdeaLifecycleService } from './idea-lifecycle.service';
import { IdeaReadsService } from './idea-reads.service';
import { IdeaSearchRepository } from './idea-search.repository';
import { IdeaSearchService } from './idea-search.service';
import { IdeaLoaders } from './ideas.loaders';
import { IdeasRepository } from './ideas.repository';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [AccountsModule, ThemesModule],
  providers: [
    IdeasRepository,
    IdeaHistoryRepository,
    IdeaEngagementRepository,
    IdeaSearchRepository,
    CommentsRepository,
    IdeasService,
    IdeaReadsService,
    IdeaLifecycleService,
    IdeaSearchService,
    IdeaEngagementService,
    CommentsService,
    IdeaLoaders,
    IdeasResolver,
    IdeaEngagementResolver,
    IdeaFieldsResolver,
    IdeaConnectionResolver,
    CommentsResolver,
  ],
  // Recommendations add to an idea's public history when they adopt it; moderation reads, hides and restores
  // ideas and comments, and recounts comments.
  exports: [CommentsService, IdeaHistoryRepository, IdeasRepository, CommentsRepository],
})
export class IdeasModule {}
