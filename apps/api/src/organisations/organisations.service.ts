import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OrganisationEntity } from './organisations.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<OrganisationEntity[]> {
    return this.db.manager.find(OrganisationEntity, { order: { name: 'ASC' } });
  }

  findByCodes(odsCodes: readonly string[]): Promise<OrganisationEntity[]> {
    return this.db.manager.findBy(OrganisationEntity, { odsCode: In([...odsCodes]) });
  }
}
