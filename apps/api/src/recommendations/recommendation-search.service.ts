import { Injectable } from '@nestjs/common';
import { Connection } from '../platform/database/cursor';
import { Database } from '../platform/database/database';
import { FoundRecommendation, RecommendationFilters, RecommendationSearchRepository } from './recommendation-search.repository';

/** The public list of published recommendations: filters, full-text search and keyset pages. */
@Injectable()
export class RecommendationSearchService {
  constructor(
    private readonly database: Database,
    private readonly search: RecommendationSearchRepository,
  ) {}

  list(filters: RecommendationFilters, first: number, after?: string | null): Promise<Connection<FoundRecommendation>> {
    return this.search.page(this.database.pool, filters, first, after);
  }

  count(filters: RecommendationFilters): Promise<number> {
    return this.search.count(this.database.pool, filters);
  }
}
