import { Action, can, ReportMessageAuthor } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database';
import { NotFoundError } from '../platform/graphql/errors';
import { AnonymousInboxService } from './anonymous-inbox.service';
import { refusePatientData } from './patient-data-check';
import { ReceiptAccessService } from './receipt-access.service';
import { ReportMessagesRepository, StoredReportMessage } from './report-messages.repository';
import { ReportsRepository } from './reports.repository';

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
    private readonly database: Database,
    private readonly reports: ReportsRepository,
    private readonly messages: ReportMessagesRepository,
    private readonly accounts: AccountsRepository,
    private readonly receipts: ReceiptAccessService,
    private readonly audit: AuditService,
    private readonly inbox: AnonymousInboxService,
  ) {}

  /**
   * The board replies as BOARD; the named reporter of an open or confidential report answers as REPORTER.
   * Anyone else is told the report was not found, so that they learn nothing of it.
   */
  async reply(actor: Actor, reportId: string, body: string): Promise<WrittenMessage> {
    refusePatientData([['body', body]]);
    return this.database.transaction(async (tx) => {
      const report = await this.reports.lockForMessage(tx, reportId);
      // Checked first: a board member replying on their own report must not sign it with their name as the board.
      const asReporter = report?.reporterId === actor.accountId;
      if (!report || (!asReporter && !can(actor.roles, Action.ReadReports))) throw new NotFoundError('Report');
      const [author] = await this.accounts.profiles(tx, [actor.accountId]);
      const kind = asReporter ? ReportMessageAuthor.REPORTER : ReportMessageAuthor.BOARD;
      const row = await this.messages.append(tx, {
        reportId: report.id,
        authorKind: kind,
        boardAuthorId: asReporter ? null : actor.accountId,
        body,
        at: null,
      });
      await this.audit.record(tx, {
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
  async messagesOf(reportIds: readonly string[]): Promise<ReportMessageRow[]> {
    const messages = await this.messages.ofReports(this.database.pool, reportIds);
    const boardAuthorIds = [...new Set(messages.flatMap((message) => (message.boardAuthorId ? [message.boardAuthorId] : [])))];
    const names = new Map((await this.accounts.profiles(this.database.pool, boardAuthorIds)).map((account) => [account.id, account.name]));
    return messages.map(({ boardAuthorId, ...message }) => ({
      ...message,
      boardAuthorName: boardAuthorId ? (names.get(boardAuthorId) ?? null) : null,
    }));
  }
}
