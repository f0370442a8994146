import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { OrganisationEntity } from './organisations.entity';
import { OrganisationsService } from './organisations.service';

/** One query per request for all the organisations a page of reports names. */
@Injectable({ scope: Scope.REQUEST })
export class OrganisationLoader extends DataLoader<string, OrganisationEntity | null> {
  constructor(organisations: OrganisationsService) {
    super(async (codes) => {
      const byCode = new Map((await organisations.findByCodes(codes)).map((organisation) => [organisation.odsCode, organisation]));
      return codes.map((code) => byCode.get(code) ?? null);
    });
  }
}
