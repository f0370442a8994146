import { BOARD_ROLES } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { AccountEntity } from './accounts.entity';
import type { AuthorRow } from './accounts.loaders';

/** A member of the board as the public register shows them. */
export type BoardMemberRow = Pick<AccountEntity, 'id' | 'name' | 'profession' | 'organisation' | 'roles'>;

const BOARD_MEMBER_COLUMNS = `id, name, profession, organisation, roles`;

/** The chair and members of the board whose accounts are in use. */
const ON_BOARD = `roles && $1::text[] AND disabled_at IS NULL`;

@Injectable()
export class AccountsRepository {
  /** In id order. */
  async boardMemberIds(db: Queryable): Promise<string[]> {
    const found = await rows<{ id: string }>(db, `SELECT id FROM accounts WHERE ${ON_BOARD} ORDER BY id`, [BOARD_ROLES]);
    return found.map((row) => row.id);
  }

  /** By name. */
  boardMembers(db: Queryable): Promise<BoardMemberRow[]> {
    return rows(db, `SELECT ${BOARD_MEMBER_COLUMNS} FROM accounts WHERE ${ON_BOARD} ORDER BY name, id`, [BOARD_ROLES]);
  }

  boardMember(db: Queryable, id: string): Promise<BoardMemberRow | undefined> {
    return firstRow(db, `SELECT ${BOARD_MEMBER_COLUMNS} FROM accounts WHERE ${ON_BOARD} AND id = $2`, [BOARD_ROLES, id]);
  }

  /** The public face of each account, by name. */
  authors(db: Queryable, ids: readonly string[]): Promise<AuthorRow[]> {
    return rows(db, `SELECT id, name, profession FROM accounts WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [ids]);
  }
}
