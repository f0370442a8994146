import { Module } from '@nestjs/common';
import { OrganisationLoader } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, OrganisationLoader],
  exports: [OrganisationsService, OrganisationLoader],
})
export class OrganisationsModule {}
