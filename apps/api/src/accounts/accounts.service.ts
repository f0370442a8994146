import { ACCOUNT_MESSAGES, ConflictReason, Role } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, ConflictError, NotFoundError } from '../platform/graphql/errors';
import type { AttemptCounter, BackoffPolicy } from '../platform/rate-limit/attempt-counter';
import { AttemptCounters } from '../platform/rate-limit/attempt-counters';
import { createOnce } from '../platform/idempotency/idempotency';
import { AuditService } from '../audit/audit.service';
import { changedFields, pick } from '../audit/diff';
import type { RegisterInput, SignInInput } from './accounts.inputs';
import { Account, AccountsRepository, AuthorRow } from './accounts.repository';
import { hashPassword, refuseWhenArgon2Busy, verifyAgainstDecoy, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { SignInFailuresRepository } from './sign-in-failures.repository';

export interface SignedIn {
  account: Account;
  session: { token: string; expiresAt: Date };
}

const UNIQUE_VIOLATION = '23505';

/**
 * Failed sign-ins per account, besides the per-address AUTH_RATE_LIMIT: 10 at once, then 30 s, 1, 2, 4, 8 and
 * at most 15 minutes between attempts; an hour without one forgets them. Counted for unknown emails alike,
 * so that the answer never tells whether an account exists; in Redis, or in PostgreSQL without it.
 */
export const SIGN_IN_BACKOFF: BackoffPolicy = { freeAttempts: 10, firstDelayMs: 30_000, maxDelayMs: 900_000, forgetAfterMs: 3_600_000 };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AccountsService {
  private readonly signInFailures: AttemptCounter;

  constructor(
    private readonly database: Database,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    counters: AttemptCounters,
    failures: SignInFailuresRepository,
  ) {
    this.signInFailures = counters.counter('sign-in', SIGN_IN_BACKOFF, failures.store(database.pool));
  }

  async register(input: RegisterInput): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.database.transaction((tx) =>
        createOnce(
          tx,
          { scope: 'register', key: input.idempotencyKey, accountId: null },
          {
            create: async () => {
              const signedIn = await this.createAccount(tx, input, passwordHash);
              return { id: signedIn.account.id, result: signedIn };
            },
            replay: (id) => this.replayRegistration(tx, id, input),
          },
        ),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw BadUserInputError.field('email', 'An account with this email address already exists. Sign in instead.');
      }
      throw error;
    }
  }

  private async createAccount(tx: Queryable, input: RegisterInput, passwordHash: string): Promise<SignedIn> {
    const account = await this.accounts.insert(tx, {
      name: input.name,
      email: normaliseEmail(input.email),
      passwordHash,
      profession: input.profession,
      organisation: input.organisation || null,
      roles: [Role.CONTRIBUTOR],
    });
    await this.audit.record(tx, {
      actor: { accountId: account.id },
      action: 'register',
      entityType: 'Account',
      entityId: account.id,
      after: pick(account, ['name', 'profession', 'organisation', 'roles']),
    });
    return { account, session: await this.sessions.start(account.id, tx) };
  }

  /**
   * The same registration form sent again (a double click, a retry after a lost answer): the account
   * the first one made, with a session only for whoever also knows its email and password. Anyone
   * else holding the key gets CONFLICT, never a way into that account.
   */
  private async replayRegistration(tx: Queryable, id: string, input: RegisterInput): Promise<SignedIn> {
    const account = await this.accounts.findWithPasswordHash(tx, { id });
    const same =
      account &&
      !account.disabledAt &&
      account.email === normaliseEmail(input.email) &&
      (await verifyPassword(account.passwordHash, input.password));
    if (!account || !same)
      throw new ConflictError(ConflictReason.ALREADY_SENT, 'This registration was already sent. Sign in instead.', {
        field: 'idempotencyKey',
      });
    return this.startSession(tx, account);
  }

  async signIn(input: SignInInput): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    refuseWhenArgon2Busy();
    await this.signInFailures.admit(email);
    const account = await this.accounts.findWithPasswordHash(this.database.pool, { email });
    const valid = account ? await verifyPassword(account.passwordHash, input.password) : await verifyAgainstDecoy(input.password);
    if (!account || !valid || account.disabledAt) {
      throw BadUserInputError.field('email', ACCOUNT_MESSAGES.wrongCredentials);
    }
    await this.signInFailures.reset(email);
    return this.database.transaction((tx) => this.startSession(tx, account));
  }

  private async startSession(tx: Queryable, account: Account): Promise<SignedIn> {
    await this.audit.record(tx, { actor: { accountId: account.id }, action: 'signIn', entityType: 'Session', entityId: account.id });
    return { account, session: await this.sessions.start(account.id, tx) };
  }

  async findById(id: string): Promise<Account | null> {
    return (await this.accounts.findById(this.database.pool, id)) ?? null;
  }

  async list(): Promise<Account[]> {
    return this.accounts.list(this.database.pool);
  }

  /** The public face of each account, for the loader that pages use. */
  authors(ids: readonly string[]): Promise<AuthorRow[]> {
    return this.accounts.authors(this.database.pool, ids);
  }

  async grantRole(actor: Actor, accountId: string, role: Role): Promise<Account> {
    return this.changeAccount(actor, 'grantRole', accountId, (account) => {
      if (!account.roles.includes(role)) account.roles = [...account.roles, role];
    });
  }

  async revokeRole(actor: Actor, accountId: string, role: Role): Promise<Account> {
    if (role === Role.CONTRIBUTOR) {
      throw BadUserInputError.field('role', 'Every account is a contributor: disable the account instead');
    }
    if (role === Role.ADMIN && accountId === actor.accountId) {
      throw new ConflictError(ConflictReason.OWN_ACCESS, 'You cannot remove your own administrator role: ask another administrator');
    }
    return this.changeAccount(actor, 'revokeRole', accountId, (account) => {
      account.roles = account.roles.filter((held) => held !== role);
    });
  }

  async setDisabled(actor: Actor, accountId: string, disabled: boolean): Promise<Account> {
    if (disabled && accountId === actor.accountId) {
      throw new ConflictError(ConflictReason.OWN_ACCESS, 'You cannot disable your own account');
    }
    return this.changeAccount(actor, 'setAccountDisabled', accountId, async (account, tx) => {
      account.disabledAt = disabled ? (account.disabledAt ?? new Date()) : null;
      if (disabled) await this.sessions.endAllFor(accountId, tx);
    });
  }

  /** Reads the account under a row lock so that concurrent role changes apply one after the other. */
  private changeAccount(
    actor: Actor,
    action: string,
    accountId: string,
    change: (account: Account, tx: Queryable) => void | Promise<void>,
  ): Promise<Account> {
    return this.database.transaction(async (tx) => {
      const account = await this.accounts.lockById(tx, accountId);
      if (!account) throw new NotFoundError('Account');
      const before = { ...account };
      await change(account, tx);
      const changed = changedFields(before, account, ['roles', 'disabledAt']);
      // As an unchanged row was never written, its updated_at stays.
      const saved = Object.keys(changed.after).length ? await this.accounts.updateAccess(tx, account) : account;
      await this.audit.record(tx, { actor, action, entityType: 'Account', entityId: accountId, ...changed });
      return saved;
    });
  }
}
