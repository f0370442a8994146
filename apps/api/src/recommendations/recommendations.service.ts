import { RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../platform/graphql/pagination';
import { RecommendationEntity } from './recommendations.entity';

@Injectable()
export class RecommendationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published recommendations, newest first, by keyset on (published_at, id). */
  async listPublished(first: number, after?: string | null): Promise<Connection<RecommendationEntity>> {
    const query = this.db
      .getRepository(RecommendationEntity)
      .createQueryBuilder('r')
      .where('r.status = :published', { published: RecommendationStatus.PUBLISHED })
      .orderBy('r.published_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const [publishedAt, id] = decodeCursor(after);
      query.andWhere('(r.published_at, r.id) < (:publishedAt, :id)', { publishedAt, id });
    }
    const rows = await query.getMany();
    return toConnection(rows, first, (row) => row.publishedAt?.toISOString() ?? '');
  }
}
