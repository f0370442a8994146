import { ConflictReason, RECOMMENDATION_MESSAGES as M, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { changedFields, pick } from '../audit/diff';
import { AuditService } from '../audit/audit.service';
import { IdeasRepository } from '../ideas/ideas.repository';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, ConflictError, FieldError } from '../platform/graphql/errors';
import { ReportsRepository } from '../reports/reports.repository';
import { ThemesService } from '../themes/themes.service';
import { VotesService } from '../votes/votes.service';
import { RecommendationEntity, RecommendationText } from './recommendations.entity';
import type { RecommendationInput } from './recommendations.inputs';
import { RecommendationsRepository, Sources } from './recommendations.repository';
import { visibleTo } from './recommendations.rules';

const TEXT_FIELDS = ['title', 'summary', 'rationale', 'actions', 'audience', 'themeId', 'organisations', 'evidence'] as const;

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
    private readonly database: Database,
    private readonly recommendations: RecommendationsRepository,
    private readonly ideas: IdeasRepository,
    private readonly reports: ReportsRepository,
    private readonly themes: ThemesService,
    private readonly votes: VotesService,
    private readonly audit: AuditService,
  ) {}

  async draft(actor: Actor, input: RecommendationInput): Promise<RecommendationEntity> {
    const text = textOf(input);
    const sources = sourcesOf(input);
    return this.database.transaction(async (tx) => {
      await this.checkReferences(tx, text, sources);
      const created = await this.recommendations.insertDraft(tx, text, actor.accountId);
      await this.recommendations.saveRevision(tx, created, actor.accountId);
      await this.recommendations.replaceSources(tx, created.id, sources);
      await this.audit.record(tx, {
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
   * vote locks it), so no vote opens between the check for an open one and the edit.
   * Published recommendations are not edited: their public text is what the board voted on.
   */
  async revise(actor: Actor, id: string, expectedVersion: number, input: RecommendationInput): Promise<RecommendationEntity> {
    const text = textOf(input);
    const sources = sourcesOf(input);
    return this.database.transaction(async (tx) => {
      const before = visibleTo(actor, await this.recommendations.lock(tx, id));
      // A vote whose time has run out no longer blocks the edit.
      const voteOpen = await this.votes.closeExpiredAndCheckOpen(tx, id);
      await this.checkReferences(tx, text, sources);
      const after = voteOpen ? undefined : await this.recommendations.revise(tx, id, expectedVersion, text);
      if (!after) this.explainRefusedRevision(before, expectedVersion, voteOpen);
      await this.recommendations.saveRevision(tx, after, actor.accountId);
      const sourcesBefore = await this.recommendations.replaceSources(tx, id, sources);
      const changed = changedFields({ ...before, ...sourcesBefore }, { ...after, ...sources }, [
        ...TEXT_FIELDS,
        'revisionNumber',
        'ideaIds',
        'reportIds',
      ]);
      await this.audit.record(tx, { actor, action: 'reviseRecommendation', entityType: 'Recommendation', entityId: id, ...changed });
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
      `This recommendation was changed since you opened it (you started from version ${expectedVersion}, ` +
        `it is now at version ${latestVersion}): ` +
        'reload it to see the changes, then make your edit again',
      { latestVersion },
    );
  }

  /** Every reference that is wrong, named at once. */
  private async checkReferences(tx: Queryable, text: RecommendationText, sources: Sources): Promise<void> {
    const errors: FieldError[] = [];
    const themes = text.themeId ? await this.themes.findByIds([text.themeId]) : [];
    const ideas = await this.ideas.countListed(tx, sources.ideaIds);
    const reports = await this.reports.count(tx, sources.reportIds);
    if (themes.length === 0) errors.push({ field: 'themeId', message: M.themeUnknown });
    if (sources.ideaIds.length === 0 && sources.reportIds.length === 0) errors.push({ field: 'ideaIds', message: M.sourcesMissing });
    if (ideas !== sources.ideaIds.length) errors.push({ field: 'ideaIds', message: M.ideaUnavailable });
    if (reports !== sources.reportIds.length) errors.push({ field: 'reportIds', message: M.reportUnknown });
    if (errors.length) throw new BadUserInputError(errors);
  }
}
