import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';

@Injectable()
export class RecommendationsRepository {
  async exists(db: Queryable, id: string): Promise<boolean> {
    return (await rows(db, `SELECT 1 FROM recommendations WHERE id = $1`, [id])).length > 0;
  }
}
