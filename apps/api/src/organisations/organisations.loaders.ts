import { Injectable, Scope } from '@nestjs/common';
import { KeyedLoader } from '../platform/graphql/loaders';
import { OrganisationEntity } from './organisations.entity';
import { OrganisationsService } from './organisations.service';

/** One query per request for all the organisations a page of reports names. */
@Injectable({ scope: Scope.REQUEST })
export class OrganisationLoader extends KeyedLoader<string, OrganisationEntity> {
  constructor(organisations: OrganisationsService) {
    super(
      (codes) => organisations.findByCodes(codes),
      (organisation) => organisation.odsCode,
    );
  }
}
