import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderByKey } from '../platform/graphql/loaders';
import { OrganisationEntity } from './organisations.entity';
import { OrganisationsService } from './organisations.service';

/** One query per request for all the organisations a page of reports names. */
@Injectable({ scope: Scope.REQUEST })
export class OrganisationLoader {
  private readonly byCode: DataLoader<string, OrganisationEntity | null>;

  constructor(organisations: OrganisationsService) {
    this.byCode = loaderByKey(
      (codes) => organisations.findByCodes(codes),
      (organisation) => organisation.odsCode,
    );
  }

  load(odsCode: string): Promise<OrganisationEntity | null> {
    return this.byCode.load(odsCode);
  }
}
