import { BOARD_ROLES, Profession, Role } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { AccountEntity } from './accounts.entity';

/** An account as the hub hands it around: without its password hash. */
export type Account = Omit<AccountEntity, 'passwordHash'>;
/** What other domains may read of an account: who it is and where it works, never its secrets or roles. */
export type AccountProfile = Pick<AccountEntity, 'id' | 'name' | 'email' | 'profession' | 'organisation'>;
/** The public face of an account: never the email. */
export type AuthorRow = Pick<AccountEntity, 'id' | 'name' | 'profession'>;

export interface NewAccount {
  name: string;
  email: string;
  passwordHash: string;
  profession: Profession;
  organisation: string | null;
  roles: Role[];
}

/** A member of the board as the public register shows them. */
export type BoardMemberRow = Pick<AccountEntity, 'id' | 'name' | 'profession' | 'organisation' | 'roles'>;

const BOARD_MEMBER_COLUMNS = `id, name, profession, organisation, roles`;

/** The chair and members of the board whose accounts are in use. */
const ON_BOARD = `roles && $1::text[] AND disabled_at IS NULL`;

const ACCOUNT_COLUMNS = `id, name, email, profession, organisation, roles,
  disabled_at AS "disabledAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class AccountsRepository {
  async insert(db: Queryable, account: NewAccount): Promise<Account> {
    const row = await firstRow<Account>(
      db,
      `INSERT INTO accounts (name, email, password_hash, profession, organisation, roles)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ACCOUNT_COLUMNS}`,
      [account.name, account.email, account.passwordHash, account.profession, account.organisation, account.roles],
    );
    return row!;
  }

  findById(db: Queryable, id: string): Promise<Account | undefined> {
    return firstRow<Account>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`, [id]);
  }

  /** The one read that includes the password hash: for checking a password, never for showing. */
  findWithPasswordHash(db: Queryable, by: { id: string } | { email: string }): Promise<AccountEntity | undefined> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['email', by.email];
    return firstRow<AccountEntity>(db, `SELECT ${ACCOUNT_COLUMNS}, password_hash AS "passwordHash" FROM accounts WHERE ${column} = $1`, [
      value,
    ]);
  }

  /** Under a row lock until the transaction ends, so that concurrent changes to one account apply one after the other. */
  lockById(db: Queryable, id: string): Promise<Account | undefined> {
    return firstRow<Account>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1 FOR UPDATE`, [id]);
  }

  list(db: Queryable): Promise<Account[]> {
    return rows<Account>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY name, id`);
  }

  async updateAccess(db: Queryable, account: Pick<Account, 'id' | 'roles' | 'disabledAt'>): Promise<Account> {
    const row = await firstRow<Account>(
      db,
      `UPDATE accounts SET roles = $2, disabled_at = $3, updated_at = now() WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
      [account.id, account.roles, account.disabledAt],
    );
    return row!;
  }

  /** By name: a vote's record lists its members so. */
  authors(db: Queryable, ids: readonly string[]): Promise<AuthorRow[]> {
    return rows<AuthorRow>(db, `SELECT id, name, profession FROM accounts WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [ids]);
  }

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

  profiles(db: Queryable, ids: readonly string[]): Promise<AccountProfile[]> {
    return rows<AccountProfile>(db, `SELECT id, name, email, profession, organisation FROM accounts WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** True when the account is enabled and holds one of the roles. */
  async isEnabledWithAnyRole(db: Queryable, id: string, roles: readonly Role[]): Promise<boolean> {
    const row = await firstRow<{ found: boolean }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM accounts WHERE id = $1 AND roles && $2::text[] AND disabled_at IS NULL) AS found`,
      [id, roles],
    );
    return row!.found;
  }
}
