import type { IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { IdeaEntity } from './ideas.entity';

/** What another domain needs of a submitted idea to work on it (the board's review). */
export interface SubmittedIdeaRow {
  id: string;
  title: string;
  status: IdeaStatus;
  hidden: boolean;
  submittedAt: Date;
  themeId: string | null;
}

/** What moderation reads of an idea: enough to tell who may see it, and to show it in the queue. */
export type ModeratedIdea = Pick<IdeaEntity, 'id' | 'title' | 'summary' | 'authorId' | 'status' | 'hiddenAt'>;

@Injectable()
export class IdeasRepository {
  /** Never a draft: a draft has no submittedAt and is its author's alone. */
  findSubmitted(db: Queryable, id: string): Promise<SubmittedIdeaRow | undefined> {
    return firstRow<SubmittedIdeaRow>(
      db,
      `SELECT id, title, status, hidden_at IS NOT NULL AS hidden, submitted_at AS "submittedAt", theme_id AS "themeId"
         FROM ideas WHERE id = $1 AND status <> 'DRAFT'`,
      [id],
    );
  }

  /** Locked FOR UPDATE when asked, for a moderator about to hide or restore it. */
  forModeration(db: Queryable, ids: readonly string[], lock = false): Promise<ModeratedIdea[]> {
    return rows(
      db,
      `SELECT id, title, summary, author_id AS "authorId", status, hidden_at AS "hiddenAt"
         FROM ideas WHERE id = ANY($1::uuid[]) ${lock ? 'FOR UPDATE' : ''}`,
      [ids],
    );
  }

  /** Only hidden_at changes: hiding is not an edit, so updated_at stays as the author left it. */
  async setHiddenAt(db: Queryable, id: string, hiddenAt: Date | null): Promise<void> {
    await rows(db, `UPDATE ideas SET hidden_at = $2 WHERE id = $1`, [id, hiddenAt]);
  }
}
