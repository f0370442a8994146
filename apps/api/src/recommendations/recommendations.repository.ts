import { ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database.service';
import type {
  ImplementationUpdateEntity,
  RecommendationEntity,
  RecommendationRevisionEntity,
  RecommendationText,
} from './recommendations.entity';

/** What a recommendation draws on. */
export interface Sources {
  ideaIds: string[];
  reportIds: string[];
}

export type NewImplementationUpdate = Pick<
  ImplementationUpdateEntity,
  'recommendationId' | 'status' | 'note' | 'effectiveDate' | 'recordedBy'
>;

export interface IdeaLink {
  recommendationId: string;
  ideaId: string;
}

/** A published recommendation, with an idea it draws on. */
export type AdoptingRecommendation = RecommendationEntity & { ideaId: string };

export interface ReportLink {
  recommendationId: string;
  reportId: string;
}

const RECOMMENDATION_COLUMNS = `id, title, summary, rationale, actions, audience, theme_id AS "themeId", organisations, evidence, status,
  version, revision_number AS "revisionNumber", published_at AS "publishedAt", published_revision AS "publishedRevision",
  implementation_status AS "implementationStatus", author_id AS "authorId", created_at AS "createdAt", updated_at AS "updatedAt"`;

const REVISION_COLUMNS = `id, recommendation_id AS "recommendationId", number, title, summary, rationale, actions, audience,
  theme_id AS "themeId", organisations, evidence, editor_id AS "editorId", created_at AS "createdAt"`;

// The effective date as text: a calendar day (YYYY-MM-DD), never shifted by a time zone.
const UPDATE_COLUMNS = `id, recommendation_id AS "recommendationId", status, note, effective_date::text AS "effectiveDate",
  recorded_by AS "recordedBy", created_at AS "createdAt"`;

/** The text's parameters, from $2 on in the order of TEXT_COLUMNS; jsonb goes as JSON, not as a PostgreSQL array. */
const TEXT_COLUMNS = `title, summary, rationale, actions, audience, theme_id, organisations, evidence`;
const TEXT_VALUES = `$2, $3, $4, $5::jsonb, $6, $7, $8, $9::jsonb`;
const TEXT_SET = `title = $2, summary = $3, rationale = $4, actions = $5::jsonb, audience = $6, theme_id = $7, organisations = $8,
  evidence = $9::jsonb`;
const textParams = (text: RecommendationText) => [
  text.title,
  text.summary,
  text.rationale,
  JSON.stringify(text.actions),
  text.audience,
  text.themeId,
  text.organisations,
  JSON.stringify(text.evidence),
];

/** Recommendations, their revisions, what they draw on and their implementation updates. */
@Injectable()
export class RecommendationsRepository {
  find(db: Queryable, id: string): Promise<RecommendationEntity | undefined> {
    return firstRow(db, `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = $1`, [id]);
  }

  /**
   * As find, locking the row for the rest of the transaction. Every change to a recommendation, and opening a vote
   * on it, takes this lock first: whichever comes second sees what the first committed.
   */
  lock(db: Queryable, id: string): Promise<RecommendationEntity | undefined> {
    return firstRow(db, `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = $1 FOR UPDATE`, [id]);
  }

  async exists(db: Queryable, id: string): Promise<boolean> {
    return Boolean(await firstRow(db, `SELECT 1 FROM recommendations WHERE id = $1`, [id]));
  }

  async titles(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
    const found = await rows<{ id: string; title: string }>(db, `SELECT id, title FROM recommendations WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(found.map((row) => [row.id, row.title]));
  }

  /** The organisations it concerns (none when it does not exist). */
  async organisations(db: Queryable, id: string): Promise<string[]> {
    return (
      (await firstRow<{ organisations: string[] }>(db, `SELECT organisations FROM recommendations WHERE id = $1`, [id]))?.organisations ??
      []
    );
  }

  /** Most recently changed first. */
  drafts(db: Queryable): Promise<RecommendationEntity[]> {
    return rows(db, `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE status = $1 ORDER BY updated_at DESC, id DESC`, [
      RecommendationStatus.DRAFT,
    ]);
  }

  async insertDraft(db: Queryable, text: RecommendationText, authorId: string): Promise<RecommendationEntity> {
    const created = await firstRow<RecommendationEntity>(
      db,
      `INSERT INTO recommendations (status, ${TEXT_COLUMNS}, author_id) VALUES ($1, ${TEXT_VALUES}, $10)
       RETURNING ${RECOMMENDATION_COLUMNS}`,
      [RecommendationStatus.DRAFT, ...textParams(text), authorId],
    );
    return created!;
  }

  /** A new revision of a draft still at `expectedVersion`; undefined, changing nothing, otherwise. */
  revise(db: Queryable, id: string, expectedVersion: number, text: RecommendationText): Promise<RecommendationEntity | undefined> {
    return firstRow(
      db,
      `UPDATE recommendations SET ${TEXT_SET},
              version = version + 1, revision_number = revision_number + 1, updated_at = now()
        WHERE id = $1 AND version = $10 AND status = $11
       RETURNING ${RECOMMENDATION_COLUMNS}`,
      [id, ...textParams(text), expectedVersion, RecommendationStatus.DRAFT],
    );
  }

  async publish(db: Queryable, id: string): Promise<RecommendationEntity> {
    const published = await firstRow<RecommendationEntity>(
      db,
      `UPDATE recommendations SET status = $2, published_at = now(), published_revision = revision_number, updated_at = now()
        WHERE id = $1 RETURNING ${RECOMMENDATION_COLUMNS}`,
      [id, RecommendationStatus.PUBLISHED],
    );
    return published!;
  }

  async setImplementationStatus(db: Queryable, id: string, status: ImplementationStatus): Promise<RecommendationEntity> {
    const updated = await firstRow<RecommendationEntity>(
      db,
      `UPDATE recommendations SET implementation_status = $2, updated_at = now() WHERE id = $1 RETURNING ${RECOMMENDATION_COLUMNS}`,
      [id, status],
    );
    return updated!;
  }

  /** Keeps the recommendation's current text as its numbered revision. */
  async saveRevision(db: Queryable, recommendation: RecommendationEntity, editorId: string): Promise<void> {
    await rows(
      db,
      `INSERT INTO recommendation_revisions (recommendation_id, ${TEXT_COLUMNS}, number, editor_id) VALUES ($1, ${TEXT_VALUES}, $10, $11)`,
      [recommendation.id, ...textParams(recommendation), recommendation.revisionNumber, editorId],
    );
  }

  /** Oldest first. */
  revisions(db: Queryable, id: string): Promise<RecommendationRevisionEntity[]> {
    return rows(db, `SELECT ${REVISION_COLUMNS} FROM recommendation_revisions WHERE recommendation_id = $1 ORDER BY number`, [id]);
  }

  /** Replaces what the recommendation draws on; returns what it drew on before, sorted. */
  async replaceSources(db: Queryable, id: string, sources: Sources): Promise<Sources> {
    const ideas = await rows<{ ideaId: string }>(
      db,
      `DELETE FROM recommendation_ideas WHERE recommendation_id = $1 RETURNING idea_id AS "ideaId"`,
      [id],
    );
    const reports = await rows<{ reportId: string }>(
      db,
      `DELETE FROM recommendation_reports WHERE recommendation_id = $1 RETURNING report_id AS "reportId"`,
      [id],
    );
    await rows(db, `INSERT INTO recommendation_ideas (recommendation_id, idea_id) SELECT $1, unnest($2::uuid[])`, [id, sources.ideaIds]);
    await rows(db, `INSERT INTO recommendation_reports (recommendation_id, report_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      sources.reportIds,
    ]);
    return { ideaIds: ideas.map((row) => row.ideaId).sort(), reportIds: reports.map((row) => row.reportId).sort() };
  }

  ideaLinks(db: Queryable, ids: readonly string[]): Promise<IdeaLink[]> {
    return rows(
      db,
      `SELECT recommendation_id AS "recommendationId", idea_id AS "ideaId" FROM recommendation_ideas
        WHERE recommendation_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The published recommendations drawing on each idea, first published first. */
  adopting(db: Queryable, ideaIds: readonly string[]): Promise<AdoptingRecommendation[]> {
    return rows(
      db,
      `SELECT link.idea_id AS "ideaId", adopting.* FROM recommendation_ideas link
        CROSS JOIN LATERAL (SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations
          WHERE id = link.recommendation_id AND status = $2) adopting
        WHERE link.idea_id = ANY($1::uuid[]) ORDER BY adopting."publishedAt", adopting.id`,
      [ideaIds, RecommendationStatus.PUBLISHED],
    );
  }

  /** In report id order. */
  reportLinks(db: Queryable, ids: readonly string[]): Promise<ReportLink[]> {
    return rows(
      db,
      `SELECT recommendation_id AS "recommendationId", report_id AS "reportId" FROM recommendation_reports
        WHERE recommendation_id = ANY($1::uuid[]) ORDER BY report_id`,
      [ids],
    );
  }

  async insertImplementationUpdate(db: Queryable, update: NewImplementationUpdate): Promise<void> {
    await rows(
      db,
      `INSERT INTO implementation_updates (recommendation_id, status, note, effective_date, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
      [update.recommendationId, update.status, update.note, update.effectiveDate, update.recordedBy],
    );
  }

  /** Oldest first, so that the list reads as the story of the recommendation. */
  implementationUpdates(db: Queryable, ids: readonly string[]): Promise<ImplementationUpdateEntity[]> {
    return rows(
      db,
      `SELECT ${UPDATE_COLUMNS} FROM implementation_updates WHERE recommendation_id = ANY($1::uuid[])
        ORDER BY effective_date, created_at, id`,
      [ids],
    );
  }
}
