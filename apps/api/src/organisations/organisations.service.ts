import { Injectable } from '@nestjs/common';
import { Database } from '../platform/database/database';
import { OrganisationEntity } from './organisations.entity';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly database: Database,
    private readonly organisations: OrganisationsRepository,
  ) {}

  list(): Promise<OrganisationEntity[]> {
    return this.organisations.all(this.database.pool);
  }

  findByCodes(odsCodes: readonly string[]): Promise<OrganisationEntity[]> {
    return this.organisations.byCodes(this.database.pool, odsCodes);
  }
}
