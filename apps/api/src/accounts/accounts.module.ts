import { Module } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionsService } from './sessions.service';

@Module({
  providers: [AccountsService, SessionsService, AccountsResolver],
  exports: [SessionsService],
})
export class AccountsModule {}
