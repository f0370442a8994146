import { Profession, Role } from '@ideas-hub/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Account, AuthorRow } from './accounts.repository';

registerEnumType(Role, { name: 'Role', description: 'What an account may do; every account is a CONTRIBUTOR.' });
registerEnumType(Profession, { name: 'Profession' });

/** An account as its owner and administrators see it. */
@ObjectType('Account')
export class AccountModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => Profession)
  profession!: Profession;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  disabled!: boolean;

  @Field()
  createdAt!: Date;

  static from(entity: Account): AccountModel {
    return Object.assign(new AccountModel(), {
      id: entity.id,
      name: entity.name,
      email: entity.email,
      profession: entity.profession,
      organisation: entity.organisation,
      roles: entity.roles,
      disabled: entity.disabledAt !== null,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('Author', { description: 'The public face of an account: never the email.' })
export class AuthorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Profession)
  profession!: Profession;

  static from(account: AuthorRow): AuthorModel {
    return Object.assign(new AuthorModel(), { id: account.id, name: account.name, profession: account.profession });
  }
}
