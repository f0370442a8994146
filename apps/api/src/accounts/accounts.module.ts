import { Module } from '@nestjs/common';
import { AuthorLoader } from './accounts.loaders';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionsService } from './sessions.service';

@Module({
  providers: [AccountsRepository, AccountsService, SessionsService, AccountsResolver, AuthorLoader],
  // The board's members, for the register of interests and for who may vote.
  exports: [AccountsRepository, SessionsService, AuthorLoader],
})
export class AccountsModule {}
