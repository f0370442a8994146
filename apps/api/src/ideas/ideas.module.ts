import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { EngagementResolver } from './engagement.resolver';
import { EngagementService } from './engagement.service';
import { IdeaConnectionResolver, IdeaFieldsResolver } from './idea-fields.resolver';
import { IdeaLifecycleService } from './ideas.lifecycle';
import { IdeaLoaders } from './ideas.loaders';
import { IdeaQueries } from './ideas.queries';
import { IdeasRepository } from './ideas.repository';
import { IdeaSearch } from './ideas.search';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [ThemesModule],
  providers: [
    IdeasRepository,
    IdeasService,
    IdeaLifecycleService,
    IdeaQueries,
    IdeaSearch,
    EngagementService,
    CommentsService,
    IdeaLoaders,
    IdeasResolver,
    EngagementResolver,
    IdeaFieldsResolver,
    IdeaConnectionResolver,
    CommentsResolver,
  ],
  // Recommendations draw on ideas and adopt them when published.
  exports: [CommentsService, IdeasRepository],
})
export class IdeasModule {}
