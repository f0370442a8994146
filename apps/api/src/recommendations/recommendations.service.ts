import { RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { IdeaEntity } from '../ideas/ideas.entity';
import type { Actor } from '../platform/auth/actor';
import { findVisibleRecommendation } from './recommendations.access';
import {
  ConflictDeclarationEntity,
  ImplementationUpdateEntity,
  RecommendationEntity,
  RecommendationRevisionEntity,
} from './recommendations.entity';

export interface SourceIdea {
  recommendationId: string;
  idea: IdeaEntity;
}

/** Reading recommendations one at a time, and the set-based reads behind the per-request loaders. */
@Injectable()
export class RecommendationQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findVisible(actor: Actor | null, id: string): Promise<RecommendationEntity> {
    return findVisibleRecommendation(this.db.manager, actor, id);
  }

  /** Drafts the board is working on, most recently changed first. */
  drafts(): Promise<RecommendationEntity[]> {
    return this.db.manager.find(RecommendationEntity, {
      where: { status: RecommendationStatus.DRAFT },
      order: { updatedAt: 'DESC', id: 'DESC' },
    });
  }

  /** Every revision, oldest first; whoever may read the recommendation may read how it came to be. */
  async revisions(actor: Actor | null, id: string): Promise<RecommendationRevisionEntity[]> {
    await this.findVisible(actor, id);
    return this.db.manager.find(RecommendationRevisionEntity, { where: { recommendationId: id }, order: { number: 'ASC' } });
  }

  async sourceIdeas(recommendationIds: readonly string[]): Promise<SourceIdea[]> {
    const links: { recommendation_id: string; idea_id: string }[] = await this.db.query(
      `SELECT recommendation_id, idea_id FROM recommendation_ideas WHERE recommendation_id = ANY($1::uuid[])`,
      [recommendationIds],
    );
    const ideas = await this.db.manager.findBy(IdeaEntity, { id: In(links.map((link) => link.idea_id)) });
    const byId = new Map(ideas.map((idea) => [idea.id, idea]));
    return links
      .map((link) => ({ recommendationId: link.recommendation_id, idea: byId.get(link.idea_id)! }))
      .sort((a, b) => a.idea.title.localeCompare(b.idea.title));
  }

  async reportIds(recommendationIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { recommendation_id: string; report_ids: string[] }[] = await this.db.query(
      `SELECT recommendation_id, array_agg(report_id ORDER BY report_id) AS report_ids
         FROM recommendation_reports WHERE recommendation_id = ANY($1::uuid[]) GROUP BY recommendation_id`,
      [recommendationIds],
    );
    return new Map(rows.map((row) => [row.recommendation_id, row.report_ids]));
  }

  /** Oldest first, so that the list reads as the story of the recommendation. */
  implementationUpdates(recommendationIds: readonly string[]): Promise<ImplementationUpdateEntity[]> {
    return this.db.manager.find(ImplementationUpdateEntity, {
      where: { recommendationId: In([...recommendationIds]) },
      order: { effectiveDate: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  conflicts(recommendationIds: readonly string[]): Promise<ConflictDeclarationEntity[]> {
    return this.db.manager.find(ConflictDeclarationEntity, {
      where: { recommendationId: In([...recommendationIds]) },
      order: { createdAt: 'ASC', memberId: 'ASC' },
    });
  }

  async followedBy(accountId: string, recommendationIds: readonly string[]): Promise<Set<string>> {
    const rows: { recommendation_id: string }[] = await this.db.query(
      `SELECT recommendation_id FROM recommendation_follows WHERE account_id = $1 AND recommendation_id = ANY($2::uuid[])`,
      [accountId, recommendationIds],
    );
    return new Set(rows.map((row) => row.recommendation_id));
  }
}
