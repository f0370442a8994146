import { Action } from '@ideas-hub/domain';
import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { AuthThrottlerGuard } from '../platform/auth/auth-throttler.guard';
import { clearSessionCookie, setSessionCookie } from '../platform/auth/session-cookie';
import { RegisterInput, RoleChangeArgs, SetAccountDisabledArgs, SignInInput } from './accounts.inputs';
import { AccountModel } from './accounts.models';
import { AccountsService, SignedIn } from './accounts.service';
import { SessionsService } from './sessions.service';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly sessionsService: SessionsService,
  ) {}

  @Query(() => AccountModel, { nullable: true, description: 'The signed-in account, or null for a visitor.' })
  @Allow(Action.ReadOwnAccount)
  async me(@CurrentActor() actor: Actor | null): Promise<AccountModel | null> {
    const account = actor ? await this.accountsService.findById(actor.accountId) : null;
    return account ? AccountModel.from(account) : null;
  }

  @Query(() => [AccountModel], { description: 'Every account, for administrators.' })
  @Allow(Action.ListAccounts)
  async accounts(): Promise<AccountModel[]> {
    return (await this.accountsService.list()).map(AccountModel.from);
  }

  @Mutation(() => AccountModel, { description: 'Creates a contributor account and signs it in.' })
  @Allow(Action.Register)
  @UseGuards(AuthThrottlerGuard)
  async register(@Args('input') input: RegisterInput, @Context() http: HttpContext): Promise<AccountModel> {
    return this.startSession(http, await this.accountsService.register(input));
  }

  @Mutation(() => AccountModel)
  @Allow(Action.SignIn)
  @UseGuards(AuthThrottlerGuard)
  async signIn(@Args('input') input: SignInInput, @Context() http: HttpContext): Promise<AccountModel> {
    return this.startSession(http, await this.accountsService.signIn(input));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true even when there was none.' })
  @Allow(Action.SignOut)
  async signOut(@CurrentActor() actor: Actor | null, @Context() http: HttpContext): Promise<boolean> {
    if (actor) await this.sessionsService.end(actor);
    clearSessionCookie(http.req, http.res);
    return true;
  }

  @Mutation(() => AccountModel)
  @Allow(Action.GrantRole)
  async grantRole(@Args() args: RoleChangeArgs, @CurrentActor() actor: Actor): Promise<AccountModel> {
    return AccountModel.from(await this.accountsService.grantRole(actor, args.accountId, args.role));
  }

  @Mutation(() => AccountModel)
  @Allow(Action.RevokeRole)
  async revokeRole(@Args() args: RoleChangeArgs, @CurrentActor() actor: Actor): Promise<AccountModel> {
    return AccountModel.from(await this.accountsService.revokeRole(actor, args.accountId, args.role));
  }

  @Mutation(() => AccountModel, { description: 'Disabling ends every session of the account at once.' })
  @Allow(Action.DisableAccount)
  async setAccountDisabled(@Args() args: SetAccountDisabledArgs, @CurrentActor() actor: Actor): Promise<AccountModel> {
    return AccountModel.from(await this.accountsService.setDisabled(actor, args.accountId, args.disabled));
  }

  private startSession(http: HttpContext, signedIn: SignedIn): AccountModel {
    setSessionCookie(http.req, http.res, signedIn.session.token, signedIn.session.expiresAt);
    return AccountModel.from(signedIn.account);
  }
}
