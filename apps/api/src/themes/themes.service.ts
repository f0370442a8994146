import { Injectable } from '@nestjs/common';
import { Database } from '../platform/database/database';
import { ThemeEntity } from './themes.entity';
import { ThemesRepository } from './themes.repository';

@Injectable()
export class ThemesService {
  constructor(
    private readonly database: Database,
    private readonly themes: ThemesRepository,
  ) {}

  list(): Promise<ThemeEntity[]> {
    return this.themes.all(this.database.pool);
  }

  findByIds(ids: readonly string[]): Promise<ThemeEntity[]> {
    return this.themes.byIds(this.database.pool, ids);
  }

  exists(id: string): Promise<boolean> {
    return this.themes.exists(this.database.pool, id);
  }
}
