import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { IdeasRepository } from '../ideas/ideas.repository';
import { ReportsRepository } from '../reports/reports.repository';
import { ThemesModule } from '../themes/themes.module';
import { BoardNotesRepository } from './board-notes.repository';
import { BoardNotesService } from './board-notes.service';
import { ReviewAssignmentsRepository } from './review-assignments.repository';
import { BoardNoteFieldsResolver, ReviewFieldsResolver, ReviewItemFieldsResolver } from './review-fields.resolver';
import { ReviewQueueRepository } from './review-queue.repository';
import { ReviewQueueService } from './review-queue.service';
import { ReviewTargetsService } from './review-targets.service';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [AccountsModule, ThemesModule],
  providers: [
    ReviewQueueRepository,
    ReviewAssignmentsRepository,
    ReviewsRepository,
    BoardNotesRepository,
    // The domains whose items the board reviews, asked through their repositories (stateless, no dependencies).
    // Provided here: the app configures ReportsModule once (forRoot), and importing it again would build a second one.
    IdeasRepository,
    ReportsRepository,
    ReviewTargetsService,
    ReviewQueueService,
    ReviewsService,
    BoardNotesService,
    ReviewsResolver,
    ReviewItemFieldsResolver,
    ReviewFieldsResolver,
    BoardNoteFieldsResolver,
  ],
})
export class ReviewsModule {}
