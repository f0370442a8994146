import { Module } from '@nestjs/common';
import { AuthorLoader } from './accounts.loaders';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionsService } from './sessions.service';

@Module({
  providers: [AccountsService, SessionsService, AccountsResolver, AuthorLoader, AccountsRepository],
  exports: [SessionsService, AuthorLoader, AccountsRepository],
})
export class AccountsModule {}
