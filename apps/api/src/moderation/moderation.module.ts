import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [IdeasModule],
  providers: [ModerationService, ModerationResolver],
})
export class ModerationModule {}
