import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ThemeEntity } from './themes.entity';
import { ThemesService } from './themes.service';

/** One query per request for all the themes a page of items refers to. */
@Injectable({ scope: Scope.REQUEST })
export class ThemeLoader extends DataLoader<string, ThemeEntity | null> {
  constructor(themes: ThemesService) {
    super(async (ids) => {
      const byId = new Map((await themes.findByIds(ids)).map((theme) => [theme.id, theme]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
