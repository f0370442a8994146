import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationEntity } from './organisations.entity';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID, { description: 'The organisation’s ODS code, e.g. RR8.' })
  odsCode!: string;

  @Field()
  name!: string;

  static from(entity: OrganisationEntity): OrganisationModel {
    return Object.assign(new OrganisationModel(), { odsCode: entity.odsCode, name: entity.name });
  }
}
