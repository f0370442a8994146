import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderByKey } from '../platform/graphql/loaders';
import { ThemeEntity } from './themes.entity';
import { ThemesService } from './themes.service';

/** One query per request for all the themes a page of items refers to. */
@Injectable({ scope: Scope.REQUEST })
export class ThemeLoader {
  private readonly byId: DataLoader<string, ThemeEntity | null>;

  constructor(themes: ThemesService) {
    this.byId = loaderByKey(
      (ids) => themes.findByIds(ids),
      (theme) => theme.id,
    );
  }

  load(id: string): Promise<ThemeEntity | null> {
    return this.byId.load(id);
  }
}
