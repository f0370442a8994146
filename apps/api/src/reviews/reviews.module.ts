import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ThemesModule } from '../themes/themes.module';
import { BoardNotesService } from './board-notes.service';
import { ReviewQueueService } from './review-queue.service';
import { BoardNoteFieldsResolver, ReviewFieldsResolver, ReviewItemFieldsResolver } from './review-fields.resolver';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [AccountsModule, ThemesModule],
  providers: [
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
