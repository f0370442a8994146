import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';
import type { IdeaEntity } from './ideas.entity';

/** What moderation reads of an idea: enough to tell who may see it, and to show it in the queue. */
export type ModeratedIdea = Pick<IdeaEntity, 'id' | 'title' | 'summary' | 'authorId' | 'status' | 'hiddenAt'>;

@Injectable()
export class IdeasRepository {
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
