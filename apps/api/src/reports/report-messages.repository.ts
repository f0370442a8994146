import type { ReportMessageAuthor } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';

export interface NewReportMessage {
  reportId: string;
  authorKind: ReportMessageAuthor;
  /** Set for board replies only: a reporter's answer is never linked to an account. */
  boardAuthorId: string | null;
  body: string;
  /** Null: now, to the millisecond. A released anonymous answer gives its id from the inbox and midnight of its day. */
  at: Date | null;
  id?: string;
}

export interface StoredReportMessage {
  id: string;
  reportId: string;
  authorKind: ReportMessageAuthor;
  body: string;
  createdAt: Date;
}

const MESSAGE_COLUMNS = `id, report_id AS "reportId", author_kind AS "authorKind", body, created_at AS "createdAt"`;

/** The only SQL on `report_messages`. */
@Injectable()
export class ReportMessagesRepository {
  /**
   * Adds a message at the end of its report's conversation. Called with the report's row locked
   * (ReportsRepository.lockForMessage), so that two messages never take the same position.
   */
  async append(db: Queryable, message: NewReportMessage): Promise<StoredReportMessage> {
    const [row] = await rows<StoredReportMessage>(
      db,
      `INSERT INTO report_messages (id, report_id, author_kind, board_author_id, body, position, created_at)
       SELECT coalesce($6::uuid, gen_random_uuid()), $1, $2, $3, $4, coalesce(max(position), 0) + 1,
              coalesce($5::timestamptz, date_trunc('milliseconds', now()))
         FROM report_messages WHERE report_id = $1
       RETURNING ${MESSAGE_COLUMNS}`,
      [message.reportId, message.authorKind, message.boardAuthorId, message.body, message.at, message.id ?? null],
    );
    return row;
  }

  /** Oldest first, by their place in the conversation: an anonymous answer's time is only its day. */
  ofReports(db: Queryable, reportIds: readonly string[]): Promise<(StoredReportMessage & { boardAuthorId: string | null })[]> {
    return rows(
      db,
      `SELECT ${MESSAGE_COLUMNS}, board_author_id AS "boardAuthorId"
         FROM report_messages WHERE report_id = ANY($1::uuid[])
        ORDER BY report_id, position`,
      [reportIds],
    );
  }
}
