import { Injectable } from '@nestjs/common';
import { IdeaEntity } from '../ideas/ideas.entity';
import { IdeasRepository } from '../ideas/ideas.repository';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database.service';
import { ConflictDeclarationsRepository } from './conflict-declarations.repository';
import { RecommendationFollowsRepository } from './recommendation-follows.repository';
import {
  ConflictDeclarationEntity,
  ImplementationUpdateEntity,
  RecommendationEntity,
  RecommendationRevisionEntity,
} from './recommendations.entity';
import { AdoptingRecommendation, RecommendationsRepository, ReportLink } from './recommendations.repository';
import { visibleTo } from './recommendations.rules';

export interface SourceIdea {
  recommendationId: string;
  idea: IdeaEntity;
}

/** Reading recommendations one at a time, and the set-based reads behind the per-request loaders. */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly database: Database,
    private readonly recommendations: RecommendationsRepository,
    private readonly declarations: ConflictDeclarationsRepository,
    private readonly follows: RecommendationFollowsRepository,
    private readonly ideas: IdeasRepository,
  ) {}

  async findVisible(actor: Actor | null, id: string): Promise<RecommendationEntity> {
    return visibleTo(actor, await this.recommendations.find(this.database.pool, id));
  }

  /** Drafts the board is working on, most recently changed first. */
  drafts(): Promise<RecommendationEntity[]> {
    return this.recommendations.drafts(this.database.pool);
  }

  /** Every revision, oldest first; whoever may read the recommendation may read how it came to be. */
  async revisions(actor: Actor | null, id: string): Promise<RecommendationRevisionEntity[]> {
    await this.findVisible(actor, id);
    return this.recommendations.revisions(this.database.pool, id);
  }

  /** By title. */
  async sourceIdeas(recommendationIds: readonly string[]): Promise<SourceIdea[]> {
    const links = await this.recommendations.ideaLinks(this.database.pool, recommendationIds);
    const ideas = await this.ideas.byIds(
      this.database.pool,
      links.map((link) => link.ideaId),
    );
    const byId = new Map(ideas.map((idea) => [idea.id, idea]));
    return links
      .map((link) => ({ recommendationId: link.recommendationId, idea: byId.get(link.ideaId)! }))
      .sort((a, b) => a.idea.title.localeCompare(b.idea.title));
  }

  adopting(ideaIds: readonly string[]): Promise<AdoptingRecommendation[]> {
    return this.recommendations.adopting(this.database.pool, ideaIds);
  }

  reportLinks(recommendationIds: readonly string[]): Promise<ReportLink[]> {
    return this.recommendations.reportLinks(this.database.pool, recommendationIds);
  }

  implementationUpdates(recommendationIds: readonly string[]): Promise<ImplementationUpdateEntity[]> {
    return this.recommendations.implementationUpdates(this.database.pool, recommendationIds);
  }

  conflicts(recommendationIds: readonly string[]): Promise<ConflictDeclarationEntity[]> {
    return this.declarations.ofRecommendations(this.database.pool, recommendationIds);
  }

  followedBy(accountId: string, recommendationIds: readonly string[]): Promise<Set<string>> {
    return this.follows.followedBy(this.database.pool, accountId, recommendationIds);
  }
}
