import { IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { affectedRows, Queryable, rows } from '../platform/database/database';
import { IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas.entity';

export interface StatusChange {
  ideaId: string;
  fromStatus: IdeaStatus | null;
  toStatus: IdeaStatus;
  reason?: string | null;
  actorId: string;
}

const STATUS_CHANGE_COLUMNS = `id, idea_id AS "ideaId", from_status AS "fromStatus", to_status AS "toStatus", reason,
  actor_id AS "actorId", created_at AS "createdAt"`;

const REVISION_COLUMNS = `id, idea_id AS "ideaId", version, title, summary, problem, proposal, benefits, evidence, tags,
  theme_id AS "themeId", editor_id AS "editorId", created_at AS "createdAt"`;

/** An idea's public history of statuses, and the text it had at each version after its submission. */
@Injectable()
export class IdeaHistoryRepository {
  /** Adds to an idea's public history, inside the transaction that makes the change. */
  async recordStatusChange(db: Queryable, change: StatusChange): Promise<void> {
    await affectedRows(
      db,
      `INSERT INTO idea_status_changes (idea_id, from_status, to_status, reason, actor_id) VALUES ($1, $2, $3, $4, $5)`,
      [change.ideaId, change.fromStatus, change.toStatus, change.reason ?? null, change.actorId],
    );
  }

  statusChanges(db: Queryable, ideaIds: readonly string[]): Promise<IdeaStatusChangeEntity[]> {
    return rows<IdeaStatusChangeEntity>(
      db,
      `SELECT ${STATUS_CHANGE_COLUMNS} FROM idea_status_changes WHERE idea_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ideaIds],
    );
  }

  revisions(db: Queryable, ideaIds: readonly string[]): Promise<IdeaRevisionEntity[]> {
    return rows<IdeaRevisionEntity>(db, `SELECT ${REVISION_COLUMNS} FROM idea_revisions WHERE idea_id = ANY($1::uuid[]) ORDER BY version`, [
      ideaIds,
    ]);
  }

  /** Before the first edit: the text as it was submitted, dated to its submission, if that version is still current. */
  async keepSubmittedText(db: Queryable, ideaId: string, version: number): Promise<void> {
    await affectedRows(
      db,
      `INSERT INTO idea_revisions
              (idea_id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, editor_id, created_at)
       SELECT id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, author_id, submitted_at
         FROM ideas WHERE id = $1 AND version = $2 AND NOT EXISTS (SELECT 1 FROM idea_revisions WHERE idea_id = $1)
       ON CONFLICT (idea_id, version) DO NOTHING`,
      [ideaId, version],
    );
  }

  /** The text as it now stands, as edited by `editorId`. */
  async recordRevision(db: Queryable, ideaId: string, editorId: string): Promise<void> {
    await affectedRows(
      db,
      `INSERT INTO idea_revisions (idea_id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, editor_id)
       SELECT id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, $2 FROM ideas WHERE id = $1`,
      [ideaId, editorId],
    );
  }
}
