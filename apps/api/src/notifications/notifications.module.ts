import { Global, Module } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Global: every domain announces its changes through NotificationsService. */
@Global()
@Module({
  providers: [NotificationsService, NotificationsRepository, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
