import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';
import type { AccountEntity } from './accounts.entity';

/** What other domains may read of an account: who it is and where it works, never its secrets or roles. */
export type AccountProfile = Pick<AccountEntity, 'id' | 'name' | 'email' | 'profession' | 'organisation'>;

@Injectable()
export class AccountsRepository {
  profiles(db: Queryable, ids: readonly string[]): Promise<AccountProfile[]> {
    return rows(db, `SELECT id, name, email, profession, organisation FROM accounts WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
