import { Module } from '@nestjs/common';
import { ThemeLoader } from './themes.loaders';
import { ThemesRepository } from './themes.repository';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';

@Module({
  providers: [ThemesRepository, ThemesService, ThemesResolver, ThemeLoader],
  exports: [ThemesService, ThemeLoader],
})
export class ThemesModule {}
