import { Module } from '@nestjs/common';
import { ThemeLoader } from './themes.loaders';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';

@Module({
  providers: [ThemesService, ThemesResolver, ThemeLoader],
  exports: [ThemesService, ThemeLoader],
})
export class ThemesModule {}
