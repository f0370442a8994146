import { Action, can, ReportMessageAuthor } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import { NotFoundError } from '../platform/graphql/errors';
import { AnonymousInbox } from './anonymous-inbox';
import { refusePatientData } from './patient-data-check';
import { ReceiptAccessService } from './receipt-access.service';
import { appendReportMessage, StoredReportMessage } from './report-messages.repository';
import type { PracticeGapReportEntity } from './reports.entity';

/** A message with the name of the board member who wrote it; a reporter's name is added by the viewer's rights. */
export interface ReportMessageRow {
  id: string;
  reportId: string;
  authorKind: ReportMessageAuthor;
  boardAuthorName: string | null;
  body: string;
  createdAt: Date;
}

/** A message just written, named as its writer sees it: their own name, or nobody for an anonymous reporter. */
export type WrittenMessage = StoredReportMessage & { authorName: string | null };

/** The conversation between the board and whoever sent a report. */
@Injectable()
export class ReportMessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly receipts: ReceiptAccessService,
    private readonly audit: AuditService,
    private readonly inbox: AnonymousInbox,
  ) {}

  /**
   * The board replies as BOARD; the named reporter of an open or confidential report answers as REPORTER.
   * Anyone else is told the report was not found, so that they learn nothing of it.
   */
  async reply(actor: Actor, reportId: string, body: string): Promise<WrittenMessage> {
    refusePatientData([['body', body]]);
    return this.db.transaction(async (manager) => {
      const [report]: Pick<PracticeGapReportEntity, 'id' | 'reporterId'>[] = await manager.query(
        `SELECT id, reporter_id AS "reporterId" FROM practice_gap_reports WHERE id = $1 FOR UPDATE`,
        [reportId],
      );
      // Checked first: a board member replying on their own report must not sign it with their name as the board.
      const asReporter = report?.reporterId === actor.accountId;
      if (!report || (!asReporter && !can(actor.roles, Action.ReadReports))) throw new NotFoundError('Report');
      const [author]: { name: string }[] = await manager.query(`SELECT name FROM accounts WHERE id = $1`, [actor.accountId]);
      const kind = asReporter ? ReportMessageAuthor.REPORTER : ReportMessageAuthor.BOARD;
      const row = await appendReportMessage(manager, {
        reportId: report.id,
        authorKind: kind,
        boardAuthorId: asReporter ? null : actor.accountId,
        body,
        at: null,
      });
      await this.audit.record(manager, {
        actor,
        action: 'replyToReport',
        entityType: 'ReportMessage',
        entityId: row.id,
        after: { reportId, authorKind: kind },
      });
      return { ...row, authorName: author.name };
    });
  }

  /**
   * The anonymous reporter answers with their receipt and passphrase; the answer is linked to nobody. It waits
   * in the anonymous inbox with the day's reports, so that the board's tables and audit log cannot date it.
   */
  async answer(receipt: string, passphrase: string, body: string): Promise<WrittenMessage> {
    refusePatientData([['body', body]]);
    const report = await this.receipts.open(receipt, passphrase);
    return { ...(await this.inbox.holdAnswer(report.id, body)), authorName: null };
  }

  /** The reporter's own answers still waiting for release: shown to them, and only them, as sent. */
  heldAnswersOf(reportId: string): Promise<ReportMessageRow[]> {
    return this.inbox.heldAnswers(reportId);
  }

  /** Oldest first, by their place in the conversation: an anonymous answer's time is only its day. */
  messagesOf(reportIds: readonly string[]): Promise<ReportMessageRow[]> {
    return this.db.query(
      `SELECT m.id, m.report_id AS "reportId", m.author_kind AS "authorKind", a.name AS "boardAuthorName", m.body, m.created_at AS "createdAt"
         FROM report_messages m LEFT JOIN accounts a ON a.id = m.board_author_id
        WHERE m.report_id = ANY($1::uuid[])
        ORDER BY m.report_id, m.position`,
      [reportIds],
    );
  }
}
