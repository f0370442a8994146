import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ThemeEntity } from './themes.entity';

@ObjectType('Theme')
export class ThemeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  static from(entity: ThemeEntity): ThemeModel {
    return Object.assign(new ThemeModel(), { id: entity.id, slug: entity.slug, name: entity.name, description: entity.description });
  }
}
