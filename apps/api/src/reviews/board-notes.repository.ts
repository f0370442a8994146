import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { BoardNoteEntity } from './reviews.entity';
import type { ReviewItemRef } from './reviews.inputs';

const NOTE_COLUMNS = `id, item_kind AS "itemKind", item_id AS "itemId", author_id AS "authorId", body, created_at AS "createdAt"`;

@Injectable()
export class BoardNotesRepository {
  /** Oldest first. */
  listForItem(db: Queryable, item: ReviewItemRef): Promise<BoardNoteEntity[]> {
    return rows<BoardNoteEntity>(
      db,
      `SELECT ${NOTE_COLUMNS} FROM board_notes WHERE item_kind = $1 AND item_id = $2 ORDER BY created_at, id`,
      [item.kind, item.id],
    );
  }

  async insert(db: Queryable, item: ReviewItemRef, authorId: string, body: string): Promise<BoardNoteEntity> {
    const row = await firstRow<BoardNoteEntity>(
      db,
      `INSERT INTO board_notes (item_kind, item_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING ${NOTE_COLUMNS}`,
      [item.kind, item.id, authorId, body],
    );
    return row!;
  }
}
