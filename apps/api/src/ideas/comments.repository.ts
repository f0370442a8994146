import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';
import type { CommentEntity } from './comments.entity';

/** What moderation reads of a comment: its idea, its text for the queue, and whether it is hidden. */
export type ModeratedComment = Pick<CommentEntity, 'id' | 'ideaId' | 'body' | 'hiddenAt'>;

@Injectable()
export class CommentsRepository {
  /** Locked FOR UPDATE when asked, for a moderator about to hide or restore it. */
  forModeration(db: Queryable, ids: readonly string[], lock = false): Promise<ModeratedComment[]> {
    return rows(
      db,
      `SELECT id, idea_id AS "ideaId", body, hidden_at AS "hiddenAt"
         FROM comments WHERE id = ANY($1::uuid[]) ${lock ? 'FOR UPDATE' : ''}`,
      [ids],
    );
  }

  /** Only hidden_at changes: hiding is not an edit. */
  async setHiddenAt(db: Queryable, id: string, hiddenAt: Date | null): Promise<void> {
    await rows(db, `UPDATE comments SET hidden_at = $2 WHERE id = $1`, [id, hiddenAt]);
  }
}
