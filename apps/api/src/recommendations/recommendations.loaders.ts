import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ConflictDeclarationEntity, ImplementationUpdateEntity } from './recommendations.entity';
import { RecommendationQueries, SourceIdea } from './recommendations.queries';

/** Every row of each recommendation, in the order fetched. */
function allOf<T extends { recommendationId: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const byRecommendation = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await fetch(ids)) byRecommendation.get(row.recommendationId)?.push(row);
    return ids.map((id) => byRecommendation.get(id)!);
  });
}

export interface Following {
  accountId: string;
  recommendationId: string;
}

/**
 * The per-request loaders behind Recommendation's fields: a page of recommendations with their
 * ideas, updates and counts costs a handful of queries, not a few per recommendation.
 */
@Injectable({ scope: Scope.REQUEST })
export class RecommendationLoaders {
  readonly ideas: DataLoader<string, SourceIdea[]>;
  readonly reportIds: DataLoader<string, string[]>;
  readonly implementationUpdates: DataLoader<string, ImplementationUpdateEntity[]>;
  readonly conflicts: DataLoader<string, ConflictDeclarationEntity[]>;
  readonly followed: DataLoader<Following, boolean, string>;

  constructor(queries: RecommendationQueries) {
    this.ideas = allOf((ids) => queries.sourceIdeas(ids));
    this.reportIds = new DataLoader(async (ids) => {
      const byRecommendation = await queries.reportIds(ids);
      return ids.map((id) => byRecommendation.get(id) ?? []);
    });
    this.implementationUpdates = allOf((ids) => queries.implementationUpdates(ids));
    this.conflicts = allOf((ids) => queries.conflicts(ids));
    // Every key of a request has the same account: the caller.
    this.followed = new DataLoader(
      async (keys) => {
        const found = await queries.followedBy(
          keys[0].accountId,
          keys.map((key) => key.recommendationId),
        );
        return keys.map((key) => key.accountId === keys[0].accountId && found.has(key.recommendationId));
      },
      { cacheKeyFn: (key) => `${key.accountId}:${key.recommendationId}` },
    );
  }
}
