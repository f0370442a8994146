import { IdeaSort } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { Connection } from '../platform/database/cursor';
import { Database } from '../platform/database/database';
import { FoundIdea, IdeaFilters, IdeaSearchRepository, SimilarIdea } from './idea-search.repository';

/** Finding ideas: the public list with its filters, sorts and full-text search, and duplicate suggestions. */
@Injectable()
export class IdeaSearchService {
  constructor(
    private readonly database: Database,
    private readonly search: IdeaSearchRepository,
  ) {}

  /** The sort a list gets: the one asked for, else best match when searching, else newest; relevance needs words. */
  static sortFor(filters: IdeaFilters, sort: IdeaSort | null | undefined): IdeaSort {
    if (!filters.query) return sort && sort !== IdeaSort.RELEVANCE ? sort : IdeaSort.NEWEST;
    return sort ?? IdeaSort.RELEVANCE;
  }

  list(filters: IdeaFilters, sort: IdeaSort, first: number, after?: string | null): Promise<Connection<FoundIdea>> {
    return this.search.page(this.database.pool, filters, sort, first, after);
  }

  count(filters: IdeaFilters): Promise<number> {
    return this.search.count(this.database.pool, filters);
  }

  /** Up to five listed ideas whose titles look like this one; too short a title says nothing yet. */
  async similar(title: string): Promise<SimilarIdea[]> {
    if (title.length < 3) return [];
    return this.database.transaction((tx) => this.search.similar(tx, title));
  }
}
