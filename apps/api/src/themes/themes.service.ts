import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ThemeEntity } from './themes.entity';

@Injectable()
export class ThemesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<ThemeEntity[]> {
    return this.db.manager.find(ThemeEntity, { order: { position: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<ThemeEntity[]> {
    return this.db.manager.findBy(ThemeEntity, { id: In([...ids]) });
  }
}
