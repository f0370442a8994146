import { Module } from '@nestjs/common';
import { SESSION_RESOLVER } from '../platform/auth/session-resolver';
import { AuthorLoader } from './accounts.loaders';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInFailuresRepository } from './sign-in-failures.repository';

@Module({
  providers: [
    AccountsRepository,
    SessionsRepository,
    SignInFailuresRepository,
    AccountsService,
    SessionsService,
    // What the ground floor's session middleware asks to turn a cookie into an actor.
    { provide: SESSION_RESOLVER, useExisting: SessionsService },
    AccountsResolver,
    AuthorLoader,
  ],
  exports: [SESSION_RESOLVER, AuthorLoader, AccountsRepository],
})
export class AccountsModule {}
