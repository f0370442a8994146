import { IdentityMode, ReportMessageAuthor, ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database } from '../platform/database/database';
import { AnonymousInboxRepository, HeldAnswerRow, HeldReportPayload } from './anonymous-inbox.repository';
import type { ReportMessageRow } from './report-messages.service';
import { isReceiptCodeClash, ReportWithPassphrase } from './reports.repository';

/** A held report as its reporter reads it; `boardSeesOn` is the UTC date from which the board sees it. */
export type HeldReport = ReportWithPassphrase & { boardSeesOn: string };

export type HoldResult = { held: true; boardSeesOn: string } | { held: false; reason: 'KEY_USED' | 'RECEIPT_TAKEN' };

const asMessage = (answer: HeldAnswerRow): ReportMessageRow => ({
  ...answer,
  authorKind: ReportMessageAuthor.REPORTER,
  boardAuthorName: null,
});

/** Where anonymous reports and answers wait, out of the shared tables, until their day's batch is released. */
@Injectable()
export class AnonymousInboxService {
  constructor(
    private readonly database: Database,
    private readonly inbox: AnonymousInboxRepository,
  ) {}

  /**
   * Holds a new anonymous report. Refused (not thrown) when its idempotency key was used already, so that the
   * caller replays the first result, or when the receipt code is taken here or among released reports.
   */
  async holdReport(
    receiptCode: string,
    payload: HeldReportPayload,
    replay: { keyHash: Buffer; sealedPassphrase: Buffer } | null,
  ): Promise<HoldResult> {
    const report = {
      id: randomUUID(),
      receiptCode,
      payload,
      keyHash: replay?.keyHash ?? null,
      sealedPassphrase: replay?.sealedPassphrase ?? null,
    };
    try {
      const held = await this.database.transaction(async (tx) => {
        // A release cannot move a report with this key out of the inbox between the checks and the insert.
        await this.inbox.shareReleaseLock(tx);
        return this.inbox.holdReport(tx, report);
      });
      if (held) return { held: true, boardSeesOn: held.boardSeesOn };
      const keyUsed = replay && (await this.inbox.keyUsed(this.database.pool, replay.keyHash));
      return { held: false, reason: keyUsed ? 'KEY_USED' : 'RECEIPT_TAKEN' };
    } catch (error) {
      if (isReceiptCodeClash(error)) return { held: false, reason: 'RECEIPT_TAKEN' };
      throw error;
    }
  }

  /** The held report first sent with this idempotency key, if it is still held. */
  async replayOf(keyHash: Buffer): Promise<{ receiptCode: string; sealedPassphrase: Buffer; boardSeesOn: string } | null> {
    return (await this.inbox.replayOf(this.database.pool, keyHash)) ?? null;
  }

  async heldReport(receiptCode: string): Promise<HeldReport | null> {
    const row = await this.inbox.heldReport(this.database.pool, receiptCode);
    if (!row) return null;
    const { passphraseHash, ...fields } = row.payload;
    return {
      ...fields,
      id: row.id,
      identityMode: IdentityMode.ANONYMOUS,
      reporterId: null,
      status: ReportStatus.RECEIVED,
      statusNote: null,
      recommendationId: null,
      receiptCode,
      passphraseHash,
      createdAt: row.createdAt,
      updatedAt: row.createdAt,
      boardSeesOn: row.boardSeesOn,
    };
  }

  /** Holds an answer from the reporter (to a held or a released report), dated to the day. */
  async holdAnswer(reportId: string, body: string): Promise<ReportMessageRow> {
    return asMessage(await this.inbox.holdAnswer(this.database.pool, randomUUID(), reportId, body));
  }

  /** The reporter's own answers not yet released, in the order written: shown to them as sent. */
  async heldAnswers(reportId: string): Promise<ReportMessageRow[]> {
    return (await this.inbox.heldAnswers(this.database.pool, reportId)).map(asMessage);
  }
}
