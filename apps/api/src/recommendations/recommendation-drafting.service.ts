import { ConflictReason, RECOMMENDATION_MESSAGES as M, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { changedFields, pick } from '../audit/diff';
import { AuditService } from '../audit/audit.service';
import { listed } from '../ideas/ideas.access';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, ConflictError, FieldError } from '../platform/graphql/errors';
import { VotesService } from '../votes/votes.service';
import { lockVisibleRecommendation } from './recommendations.access';
import { RecommendationEntity, RecommendationRevisionEntity, RecommendationText } from './recommendations.entity';
import type { RecommendationInput } from './recommendations.inputs';

const TEXT_FIELDS = ['title', 'summary', 'rationale', 'actions', 'audience', 'themeId', 'organisations', 'evidence'] as const;

/** What the recommendation draws on, as the audit log records it. */
interface Sources {
  ideaIds: string[];
  reportIds: string[];
}

/** Sorted, so that the audit log compares what was linked before and after, not the order it was sent in. */
function sourcesOf(input: RecommendationInput): Sources {
  return { ideaIds: [...input.ideaIds].sort(), reportIds: [...input.reportIds].sort() };
}

/** Plain objects only: the input's class instances must not leak into jsonb columns or audit entries. */
function textOf(input: RecommendationInput): RecommendationText {
  return {
    title: input.title,
    summary: input.summary,
    rationale: input.rationale,
    actions: input.actions.map(({ action, owner }) => ({ action, owner })),
    audience: input.audience,
    themeId: input.themeId,
    organisations: input.organisations,
    evidence: input.evidence.map(({ label, url }) => ({ label, url })),
  };
}

/** Drafting recommendations and revising them, each change kept as a numbered revision. */
@Injectable()
export class RecommendationDraftingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly votes: VotesService,
  ) {}

  async draft(actor: Actor, input: RecommendationInput): Promise<RecommendationEntity> {
    const text = textOf(input);
    const sources = sourcesOf(input);
    return this.db.transaction(async (manager) => {
      await this.checkReferences(manager, text, sources);
      const { identifiers } = await manager.insert(RecommendationEntity, {
        ...text,
        status: RecommendationStatus.DRAFT,
        authorId: actor.accountId,
      });
      const created = await manager.findOneByOrFail(RecommendationEntity, { id: identifiers[0].id });
      await this.saveRevision(manager, actor, created);
      await this.link(manager, created.id, sources);
      await this.audit.record(manager, {
        actor,
        action: 'draftRecommendation',
        entityType: 'Recommendation',
        entityId: created.id,
        after: { ...pick(created, [...TEXT_FIELDS, 'status', 'revisionNumber']), ...sources },
      });
      return created;
    });
  }

  /**
   * Optimistic: the edit applies only to the version it started from, so that two board members
   * editing at once never overwrite each other silently. The row is locked first (as opening a
   * vote locks it), so the conditional update also sees any vote opened just before it.
   * Published recommendations are not edited: their public text is what the board voted on.
   */
  async revise(actor: Actor, id: string, expectedVersion: number, input: RecommendationInput): Promise<RecommendationEntity> {
    const text = textOf(input);
    const sources = sourcesOf(input);
    return this.db.transaction(async (manager) => {
      const before = await lockVisibleRecommendation(manager, actor, id);
      // A vote whose time has run out is closed first, so that it no longer blocks the edit.
      const voteOpen = await this.votes.hasOpenVote(id, manager);
      await this.checkReferences(manager, text, sources);
      const result = await manager
        .createQueryBuilder()
        .update(RecommendationEntity)
        .set({ ...text, version: () => 'version + 1', revisionNumber: () => 'revision_number + 1', updatedAt: () => 'now()' })
        .where(
          `id = :id AND version = :expectedVersion AND status = :draft
           AND NOT EXISTS (SELECT 1 FROM votes WHERE votes.recommendation_id = :id AND votes.closed_at IS NULL)`,
          { id, expectedVersion, draft: RecommendationStatus.DRAFT },
        )
        .execute();
      if (result.affected !== 1) this.explainRefusedRevision(before, expectedVersion, voteOpen);
      const after = await manager.findOneByOrFail(RecommendationEntity, { id });
      await this.saveRevision(manager, actor, after);
      const sourcesBefore = await this.link(manager, id, sources);
      const changed = changedFields({ ...before, ...sourcesBefore }, { ...after, ...sources }, [
        ...TEXT_FIELDS,
        'revisionNumber',
        'ideaIds',
        'reportIds',
      ]);
      await this.audit.record(manager, { actor, action: 'reviseRecommendation', entityType: 'Recommendation', entityId: id, ...changed });
      return after;
    });
  }

  private explainRefusedRevision(current: RecommendationEntity, expectedVersion: number, voteOpen: boolean): never {
    const latestVersion = current.version;
    if (current.status === RecommendationStatus.PUBLISHED) {
      throw new ConflictError(
        ConflictReason.ALREADY_PUBLISHED,
        'This recommendation has been published: its text is what the board voted on, so it can no longer be edited',
        {
          latestVersion,
        },
      );
    }
    if (voteOpen)
      throw new ConflictError(
        ConflictReason.VOTE_OPEN,
        'A vote is open on this recommendation: it cannot be edited until the vote closes',
        { latestVersion },
      );
    throw new ConflictError(
      ConflictReason.STALE_VERSION,
      `This recommendation was changed since you opened it (you started from version ${expectedVersion}, it is now at version ${latestVersion}): ` +
        'reload it to see the changes, then make your edit again',
      { latestVersion },
    );
  }

  private async saveRevision(manager: EntityManager, actor: Actor, recommendation: RecommendationEntity): Promise<void> {
    await manager.insert(RecommendationRevisionEntity, {
      ...pick(recommendation, TEXT_FIELDS),
      recommendationId: recommendation.id,
      number: recommendation.revisionNumber,
      editorId: actor.accountId,
    });
  }

  /** Replaces what the recommendation draws on; returns what it drew on before. */
  private async link(manager: EntityManager, id: string, sources: Sources): Promise<Sources> {
    const [ideas]: [{ idea_id: string }[]] = await manager.query(
      `DELETE FROM recommendation_ideas WHERE recommendation_id = $1 RETURNING idea_id`,
      [id],
    );
    const [reports]: [{ report_id: string }[]] = await manager.query(
      `DELETE FROM recommendation_reports WHERE recommendation_id = $1 RETURNING report_id`,
      [id],
    );
    await manager.query(`INSERT INTO recommendation_ideas (recommendation_id, idea_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      sources.ideaIds,
    ]);
    await manager.query(`INSERT INTO recommendation_reports (recommendation_id, report_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      sources.reportIds,
    ]);
    return { ideaIds: ideas.map((row) => row.idea_id).sort(), reportIds: reports.map((row) => row.report_id).sort() };
  }

  /** Every reference that is wrong, named at once. */
  private async checkReferences(manager: EntityManager, text: RecommendationText, sources: Sources): Promise<void> {
    const errors: FieldError[] = [];
    const [{ theme, ideas, reports }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM themes WHERE id = $1) AS theme,
              (SELECT count(*)::int FROM ideas idea WHERE idea.id = ANY($2::uuid[]) AND ${listed('idea')}) AS ideas,
              (SELECT count(*)::int FROM practice_gap_reports WHERE id = ANY($3::uuid[])) AS reports`,
      [text.themeId, sources.ideaIds, sources.reportIds],
    );
    if (!theme) errors.push({ field: 'themeId', message: M.themeUnknown });
    if (sources.ideaIds.length === 0 && sources.reportIds.length === 0) errors.push({ field: 'ideaIds', message: M.sourcesMissing });
    if (ideas !== sources.ideaIds.length) errors.push({ field: 'ideaIds', message: M.ideaUnavailable });
    if (reports !== sources.reportIds.length) errors.push({ field: 'reportIds', message: M.reportUnknown });
    if (errors.length) throw new BadUserInputError(errors);
  }
}
