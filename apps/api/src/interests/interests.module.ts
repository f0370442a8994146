import { Module } from '@nestjs/common';
import { RegisterLoader } from './interests.loaders';
import { InterestsResolver } from './interests.resolver';
import { InterestsService } from './interests.service';

@Module({
  providers: [InterestsService, RegisterLoader, InterestsResolver],
  // The recommendations and votes domains recuse members whose register names an organisation concerned.
  exports: [InterestsService],
})
export class InterestsModule {}
