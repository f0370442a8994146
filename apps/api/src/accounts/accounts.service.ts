import { ACCOUNT_MESSAGES, ConflictReason, Role } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../platform/graphql/errors';
import type { AttemptCounter, BackoffPolicy } from '../platform/rate-limit/attempt-counter';
import { AttemptCounters } from '../platform/rate-limit/attempt-counters';
import { createOnce } from '../platform/idempotency/idempotency';
import { AuditService } from '../audit/audit.service';
import { changedFields, pick } from '../audit/diff';
import { AccountEntity } from './accounts.entity';
import type { RegisterInput, SignInInput } from './accounts.inputs';
import { hashPassword, refuseWhenArgon2Busy, verifyAgainstDecoy, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { SignInFailuresStore } from './sign-in-failures';

export interface SignedIn {
  account: AccountEntity;
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    counters: AttemptCounters,
  ) {
    this.signInFailures = counters.counter('sign-in', SIGN_IN_BACKOFF, new SignInFailuresStore(db));
  }

  async register(input: RegisterInput): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction((manager) =>
        createOnce(
          manager,
          { scope: 'register', key: input.idempotencyKey, accountId: null },
          {
            create: async () => {
              const signedIn = await this.createAccount(manager, input, passwordHash);
              return { id: signedIn.account.id, result: signedIn };
            },
            replay: (id) => this.replayRegistration(manager, id, input),
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

  private async createAccount(manager: EntityManager, input: RegisterInput, passwordHash: string): Promise<SignedIn> {
    const account = await manager.save(
      manager.create(AccountEntity, {
        name: input.name,
        email: normaliseEmail(input.email),
        passwordHash,
        profession: input.profession,
        organisation: input.organisation || null,
        roles: [Role.CONTRIBUTOR],
        disabledAt: null,
      }),
    );
    await this.audit.record(manager, {
      actor: { accountId: account.id },
      action: 'register',
      entityType: 'Account',
      entityId: account.id,
      after: pick(account, ['name', 'profession', 'organisation', 'roles']),
    });
    return { account, session: await this.sessions.start(account.id, manager) };
  }

  /**
   * The same registration form sent again (a double click, a retry after a lost answer): the account
   * the first one made, with a session only for whoever also knows its email and password. Anyone
   * else holding the key gets CONFLICT, never a way into that account.
   */
  private async replayRegistration(manager: EntityManager, id: string, input: RegisterInput): Promise<SignedIn> {
    const account = await manager
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.id = :id', { id })
      .getOne();
    const same =
      account &&
      !account.disabledAt &&
      account.email === normaliseEmail(input.email) &&
      (await verifyPassword(account.passwordHash, input.password));
    if (!account || !same)
      throw new ConflictError(ConflictReason.ALREADY_SENT, 'This registration was already sent. Sign in instead.', {
        field: 'idempotencyKey',
      });
    await this.audit.record(manager, { actor: { accountId: account.id }, action: 'signIn', entityType: 'Session', entityId: account.id });
    return { account, session: await this.sessions.start(account.id, manager) };
  }

  async signIn(input: SignInInput): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    refuseWhenArgon2Busy();
    await this.signInFailures.admit(email);
    const account = await this.db
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :email', { email })
      .getOne();
    const valid = account ? await verifyPassword(account.passwordHash, input.password) : await verifyAgainstDecoy(input.password);
    if (!account || !valid || account.disabledAt) {
      throw BadUserInputError.field('email', ACCOUNT_MESSAGES.wrongCredentials);
    }
    await this.signInFailures.reset(email);
    return this.db.transaction(async (manager) => {
      await this.audit.record(manager, { actor: { accountId: account.id }, action: 'signIn', entityType: 'Session', entityId: account.id });
      return { account, session: await this.sessions.start(account.id, manager) };
    });
  }

  async findById(id: string): Promise<AccountEntity | null> {
    return this.db.manager.findOneBy(AccountEntity, { id });
  }

  async list(): Promise<AccountEntity[]> {
    return this.db.manager.find(AccountEntity, { order: { name: 'ASC', id: 'ASC' } });
  }

  async grantRole(actor: Actor, accountId: string, role: Role): Promise<AccountEntity> {
    return this.changeAccount(actor, 'grantRole', accountId, (account) => {
      if (!account.roles.includes(role)) account.roles = [...account.roles, role];
    });
  }

  async revokeRole(actor: Actor, accountId: string, role: Role): Promise<AccountEntity> {
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

  async setDisabled(actor: Actor, accountId: string, disabled: boolean): Promise<AccountEntity> {
    if (disabled && accountId === actor.accountId) {
      throw new ConflictError(ConflictReason.OWN_ACCESS, 'You cannot disable your own account');
    }
    return this.changeAccount(actor, 'setAccountDisabled', accountId, async (account, manager) => {
      account.disabledAt = disabled ? (account.disabledAt ?? new Date()) : null;
      if (disabled) await this.sessions.endAllFor(accountId, manager);
    });
  }

  /** Reads the account under a row lock so that concurrent role changes apply one after the other. */
  private changeAccount(
    actor: Actor,
    action: string,
    accountId: string,
    change: (account: AccountEntity, manager: EntityManager) => void | Promise<void>,
  ): Promise<AccountEntity> {
    return this.db.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, { where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundError('Account');
      const before = { ...account };
      await change(account, manager);
      const saved = await manager.save(account);
      await this.audit.record(manager, {
        actor,
        action,
        entityType: 'Account',
        entityId: accountId,
        ...changedFields(before, saved, ['roles', 'disabledAt']),
      });
      return saved;
    });
  }
}
