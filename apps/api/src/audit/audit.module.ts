import { Global, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Global: every service that changes state records it through AuditService. */
@Global()
@Module({
  imports: [AccountsModule],
  providers: [AuditService, AuditRepository, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
