import { Module } from '@nestjs/common';
import { AuthorLoader } from './accounts.loaders';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionsService } from './sessions.service';

@Module({
  providers: [AccountsService, SessionsService, AccountsResolver, AuthorLoader],
  exports: [SessionsService, AuthorLoader],
})
export class AccountsModule {}
