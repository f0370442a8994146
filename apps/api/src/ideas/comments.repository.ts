import { Injectable } from '@nestjs/common';
import { affectedRows, firstRow, Queryable, rows } from '../platform/database/database';
import { CommentEntity } from './comments.entity';

const COMMENT_COLUMNS = `c.id, c.idea_id AS "ideaId", c.parent_id AS "parentId", c.author_id AS "authorId", c.body,
  c.body_html AS "bodyHtml", c.hidden_at AS "hiddenAt", c.created_at AS "createdAt"`;

export type NewComment = Pick<CommentEntity, 'ideaId' | 'parentId' | 'authorId' | 'body' | 'bodyHtml'>;

/** Comments on ideas, and the count of them each idea keeps for its lists. */
@Injectable()
export class CommentsRepository {
  async insert(db: Queryable, comment: NewComment): Promise<CommentEntity> {
    const [created] = await rows<CommentEntity>(
      db,
      `INSERT INTO comments AS c (idea_id, parent_id, author_id, body, body_html) VALUES ($1, $2, $3, $4, $5) RETURNING ${COMMENT_COLUMNS}`,
      [comment.ideaId, comment.parentId, comment.authorId, comment.body, comment.bodyHtml],
    );
    return created;
  }

  findOwn(db: Queryable, id: string, authorId: string): Promise<CommentEntity | undefined> {
    return firstRow<CommentEntity>(db, `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1 AND c.author_id = $2`, [id, authorId]);
  }

  byIds(db: Queryable, ids: readonly string[]): Promise<CommentEntity[]> {
    return rows<CommentEntity>(db, `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /** Reads a comment and locks its row for the rest of the transaction. */
  lock(db: Queryable, id: string): Promise<CommentEntity | undefined> {
    return firstRow<CommentEntity>(db, `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1 FOR UPDATE`, [id]);
  }

  /** Only hidden_at changes: hiding is not an edit. */
  async setHiddenAt(db: Queryable, id: string, hiddenAt: Date | null): Promise<void> {
    await affectedRows(db, `UPDATE comments SET hidden_at = $2 WHERE id = $1`, [id, hiddenAt]);
  }

  /** A comment everyone sees on this idea, or undefined. */
  findShown(db: Queryable, id: string, ideaId: string): Promise<CommentEntity | undefined> {
    return firstRow<CommentEntity>(
      db,
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1 AND c.idea_id = $2 AND c.hidden_at IS NULL`,
      [id, ideaId],
    );
  }

  /** The comments of several ideas, oldest first. */
  forIdeas(db: Queryable, ideaIds: readonly string[], includeHidden: boolean): Promise<CommentEntity[]> {
    return rows<CommentEntity>(
      db,
      `SELECT ${COMMENT_COLUMNS} FROM comments c
        WHERE c.idea_id = ANY($1::uuid[]) AND ($2 OR c.hidden_at IS NULL)
        ORDER BY c.created_at, c.id`,
      [ideaIds, includeHidden],
    );
  }

  async countAdded(db: Queryable, ideaId: string): Promise<void> {
    await affectedRows(db, `UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1`, [ideaId]);
  }

  /** The count is of what everyone sees, so replies under a hidden comment do not count. */
  async recount(db: Queryable, ideaId: string): Promise<void> {
    await affectedRows(
      db,
      `UPDATE ideas SET comment_count = (
         SELECT count(*) FROM comments c LEFT JOIN comments parent ON parent.id = c.parent_id
          WHERE c.idea_id = $1 AND c.hidden_at IS NULL AND (parent.id IS NULL OR parent.hidden_at IS NULL))
       WHERE id = $1`,
      [ideaId],
    );
  }
}
