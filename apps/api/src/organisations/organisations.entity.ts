import { Column, Entity, PrimaryColumn } from 'typeorm';

/** NHS organisations by their ODS code, seeded by the migration, for naming where a practice gap was seen. */
@Entity('organisations')
export class OrganisationEntity {
  @PrimaryColumn('text', { name: 'ods_code' })
  odsCode!: string;

  @Column('text')
  name!: string;
}
