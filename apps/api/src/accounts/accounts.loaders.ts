import { Injectable, Scope } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from './accounts.entity';

export type AuthorRow = Pick<AccountEntity, 'id' | 'name' | 'profession'>;

/** The public face (name, profession) of each account a page mentions, in one query per request. */
@Injectable({ scope: Scope.REQUEST })
export class AuthorLoader extends DataLoader<string, AuthorRow | null> {
  constructor(@InjectDataSource() db: DataSource) {
    super(async (ids) => {
      const rows = await db.manager.find(AccountEntity, {
        select: { id: true, name: true, profession: true },
        where: { id: In([...ids]) },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
