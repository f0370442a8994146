import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [ThemesModule],
  providers: [RecommendationsService, RecommendationsResolver],
})
export class RecommendationsModule {}
