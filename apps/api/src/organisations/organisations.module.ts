import { Module } from '@nestjs/common';
import { OrganisationLoader } from './organisations.loaders';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver, OrganisationLoader],
  exports: [OrganisationsService, OrganisationLoader],
})
export class OrganisationsModule {}
