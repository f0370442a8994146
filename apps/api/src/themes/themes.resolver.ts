import { Action } from '@ideas-hub/domain';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator';
import { ThemeModel } from './themes.models';
import { ThemesService } from './themes.service';

@Resolver(() => ThemeModel)
export class ThemesResolver {
  constructor(private readonly themesService: ThemesService) {}

  @Query(() => [ThemeModel], { description: 'The curated themes, in the board’s order.' })
  @Allow(Action.ReadPublished)
  async themes(): Promise<ThemeModel[]> {
    return (await this.themesService.list()).map(ThemeModel.from);
  }
}
