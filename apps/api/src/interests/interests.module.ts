import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { InterestLoaders } from './interests.loaders';
import { InterestsRepository } from './interests.repository';
import { InterestsResolver } from './interests.resolver';
import { InterestsService } from './interests.service';

@Module({
  imports: [AccountsModule],
  providers: [InterestsRepository, InterestsService, InterestLoaders, InterestsResolver],
  // The recommendations and votes domains recuse members whose register names an organisation concerned.
  exports: [InterestsService],
})
export class InterestsModule {}
