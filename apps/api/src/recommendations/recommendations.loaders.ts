import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderGroupedBy, loaderOfMembership, Membership } from '../platform/graphql/loaders';
import { ConflictDeclarationEntity, ImplementationUpdateEntity } from './recommendations.entity';
import type { AdoptingRecommendation, ReportLink } from './recommendations.repository';
import { RecommendationsService, SourceIdea } from './recommendations.service';

/**
 * The per-request loaders behind Recommendation's fields: a page of recommendations with their
 * ideas, updates and counts costs a handful of queries, not a few per recommendation.
 */
@Injectable({ scope: Scope.REQUEST })
export class RecommendationLoaders {
  readonly ideas: DataLoader<string, SourceIdea[]>;
  readonly reports: DataLoader<string, ReportLink[]>;
  readonly implementationUpdates: DataLoader<string, ImplementationUpdateEntity[]>;
  readonly conflicts: DataLoader<string, ConflictDeclarationEntity[]>;
  readonly followed: DataLoader<Membership, boolean, string>;
  /** By idea: the published recommendations that draw on it. */
  readonly adopting: DataLoader<string, AdoptingRecommendation[]>;

  constructor(recommendations: RecommendationsService) {
    const ofRecommendation = (row: { recommendationId: string }) => row.recommendationId;
    this.ideas = loaderGroupedBy((ids) => recommendations.sourceIdeas(ids), ofRecommendation);
    this.reports = loaderGroupedBy((ids) => recommendations.reportLinks(ids), ofRecommendation);
    this.implementationUpdates = loaderGroupedBy((ids) => recommendations.implementationUpdates(ids), ofRecommendation);
    this.conflicts = loaderGroupedBy((ids) => recommendations.conflicts(ids), ofRecommendation);
    this.followed = loaderOfMembership((accountId, ids) => recommendations.followedBy(accountId, ids));
    this.adopting = loaderGroupedBy(
      (ids) => recommendations.adopting(ids),
      (row) => row.ideaId,
    );
  }
}
