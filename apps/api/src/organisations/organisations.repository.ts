import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';
import { OrganisationEntity } from './organisations.entity';

const ORGANISATION_COLUMNS = 'ods_code AS "odsCode", name';

@Injectable()
export class OrganisationsRepository {
  all(db: Queryable): Promise<OrganisationEntity[]> {
    return rows<OrganisationEntity>(db, `SELECT ${ORGANISATION_COLUMNS} FROM organisations ORDER BY name`);
  }

  byCodes(db: Queryable, odsCodes: readonly string[]): Promise<OrganisationEntity[]> {
    return rows<OrganisationEntity>(db, `SELECT ${ORGANISATION_COLUMNS} FROM organisations WHERE ods_code = ANY($1::text[])`, [odsCodes]);
  }
}
