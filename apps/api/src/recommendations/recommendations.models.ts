import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../platform/graphql/pagination';
import { RecommendationEntity } from './recommendations.entity';

@ObjectType('Recommendation')
export class RecommendationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  rationale!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  themeId!: string | null;

  static from(entity: RecommendationEntity): RecommendationModel {
    return Object.assign(new RecommendationModel(), {
      id: entity.id,
      title: entity.title,
      summary: entity.summary,
      rationale: entity.rationale,
      publishedAt: entity.publishedAt,
      themeId: entity.themeId,
    });
  }
}

@ObjectType()
export class RecommendationConnection extends ConnectionType(RecommendationModel, 'Recommendation') {}
