import { BOARD_ROLES, Profession, Role } from '@ideas-hub/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { BoardMemberRow } from '../accounts/accounts.repository';
import { InterestEntity } from './interests.entity';

@ObjectType('Interest', { description: 'An entry in a board member’s public register of interests.' })
export class InterestModel {
  @Field(() => ID)
  id!: string;

  @Field()
  organisation!: string;

  @Field()
  nature!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while the interest continues.' })
  to!: string | null;

  static from(entity: InterestEntity): InterestModel {
    return Object.assign(new InterestModel(), {
      id: entity.id,
      organisation: entity.organisation,
      nature: entity.nature,
      from: entity.from,
      to: entity.to,
    });
  }
}

@ObjectType('BoardMember', { description: 'A member of the board as the public sees them, with their register of interests.' })
export class BoardMemberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Profession)
  profession!: Profession;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => [Role], { description: 'CHAIR and/or BOARD_MEMBER; other roles are not published.' })
  roles!: Role[];

  static from(account: BoardMemberRow): BoardMemberModel {
    return Object.assign(new BoardMemberModel(), {
      id: account.id,
      name: account.name,
      profession: account.profession,
      organisation: account.organisation,
      roles: BOARD_ROLES.filter((role) => account.roles.includes(role)),
    });
  }
}
