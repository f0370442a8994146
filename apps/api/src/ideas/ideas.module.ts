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
import { IdeaSearch } from './ideas.search';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [ThemesModule],
  providers: [
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
  exports: [CommentsService],
})
export class IdeasModule {}
