import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import { ThemeEntity } from './themes.entity';

const THEME_COLUMNS = 'id, slug, name, description, position';

@Injectable()
export class ThemesRepository {
  all(db: Queryable): Promise<ThemeEntity[]> {
    return rows<ThemeEntity>(db, `SELECT ${THEME_COLUMNS} FROM themes ORDER BY position`);
  }

  byIds(db: Queryable, ids: readonly string[]): Promise<ThemeEntity[]> {
    return rows<ThemeEntity>(db, `SELECT ${THEME_COLUMNS} FROM themes WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async exists(db: Queryable, id: string): Promise<boolean> {
    return (await firstRow(db, `SELECT 1 FROM themes WHERE id = $1`, [id])) !== undefined;
  }
}
