import { Injectable, Scope } from '@nestjs/common';
import { KeyedLoader } from '../platform/graphql/loaders';
import { ThemeEntity } from './themes.entity';
import { ThemesService } from './themes.service';

/** One query per request for all the themes a page of items refers to. */
@Injectable({ scope: Scope.REQUEST })
export class ThemeLoader extends KeyedLoader<string, ThemeEntity> {
  constructor(themes: ThemesService) {
    super(
      (ids) => themes.findByIds(ids),
      (theme) => theme.id,
    );
  }
}
