import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [IdeasModule],
  providers: [ModerationService, ModerationRepository, ModerationResolver],
})
export class ModerationModule {}
