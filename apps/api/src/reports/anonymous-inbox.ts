import { IdentityMode, ReportMessageAuthor, ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { RELEASE_LOCK } from './anonymous-release';
import type { ReportMessageRow } from './report-messages.service';
import type { PracticeGapReportEntity } from './reports.entity';
import type { ReportFields } from './reports.repository';

/** What an anonymous report holds until it is released: the form's answers and the passphrase's hash. */
export interface HeldReportPayload extends ReportFields {
  passphraseHash: string;
}

/** A held answer keeps only its text and its place among the same reporter's held answers to that report. */
export interface HeldAnswerPayload {
  body: string;
  n: number;
}

/** A held report as its reporter reads it; `boardSeesOn` is the UTC date from which the board sees it. */
export type HeldReport = PracticeGapReportEntity & { boardSeesOn: string };

export type HoldResult = { held: true; boardSeesOn: string } | { held: false; reason: 'KEY_USED' | 'RECEIPT_TAKEN' };

const TODAY = `(now() AT TIME ZONE 'UTC')::date`;
const MIDNIGHT = (day: string) => `(${day})::timestamp AT TIME ZONE 'UTC'`;
const RECEIPT_TAKEN = 'anonymous_inbox_receipt_code_key';

/** The only SQL on `anonymous_inbox` besides the release job's. */
@Injectable()
export class AnonymousInbox {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Holds a new anonymous report. Refused (not thrown) when its idempotency key was used already, so that the
   * caller replays the first result, or when the receipt code is taken here or among released reports.
   */
  async holdReport(
    receiptCode: string,
    payload: HeldReportPayload,
    replay: { keyHash: Buffer; sealedPassphrase: Buffer } | null,
  ): Promise<HoldResult> {
    const id = randomUUID();
    try {
      const rows: { boardSeesOn: string }[] = await this.db.transaction(async (manager) => {
        // Shared with other submissions, exclusive with the release: a release cannot move a report with this key
        // out of the inbox between the checks below and the insert, so the key and the code are checked in both places.
        await manager.query(`SELECT pg_advisory_xact_lock_shared($1)`, [RELEASE_LOCK]);
        return manager.query(
          `INSERT INTO anonymous_inbox (id, kind, report_id, receipt_code, payload, day, idempotency_key_hash, sealed_passphrase)
           SELECT $1, 'REPORT', $1, $2, $3::jsonb, ${TODAY}, $4::bytea, $5::bytea
            WHERE NOT EXISTS (SELECT 1 FROM practice_gap_reports WHERE receipt_code = $2 OR idempotency_key_hash = $4::bytea)
           ON CONFLICT (idempotency_key_hash) DO NOTHING
           RETURNING (day + 1)::text AS "boardSeesOn"`,
          [id, receiptCode, JSON.stringify(payload), replay?.keyHash ?? null, replay?.sealedPassphrase ?? null],
        );
      });
      if (rows.length) return { held: true, boardSeesOn: rows[0].boardSeesOn };
      return { held: false, reason: replay && (await this.keyUsed(replay.keyHash)) ? 'KEY_USED' : 'RECEIPT_TAKEN' };
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === RECEIPT_TAKEN) {
        return { held: false, reason: 'RECEIPT_TAKEN' };
      }
      throw error;
    }
  }

  private async keyUsed(keyHash: Buffer): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM anonymous_inbox WHERE idempotency_key_hash = $1 UNION ALL SELECT 1 FROM practice_gap_reports WHERE idempotency_key_hash = $1`,
      [keyHash],
    );
    return rows.length > 0;
  }

  /** The held report first sent with this idempotency key, if it is still held. */
  async replayOf(keyHash: Buffer): Promise<{ receiptCode: string; sealedPassphrase: Buffer; boardSeesOn: string } | null> {
    const [row] = await this.db.query(
      `SELECT receipt_code AS "receiptCode", sealed_passphrase AS "sealedPassphrase", (day + 1)::text AS "boardSeesOn"
         FROM anonymous_inbox WHERE idempotency_key_hash = $1`,
      [keyHash],
    );
    return row ?? null;
  }

  async heldReport(receiptCode: string): Promise<HeldReport | null> {
    const [row]: { id: string; payload: HeldReportPayload; createdAt: Date; boardSeesOn: string }[] = await this.db.query(
      `SELECT id, payload, ${MIDNIGHT('day')} AS "createdAt", (day + 1)::text AS "boardSeesOn"
         FROM anonymous_inbox WHERE kind = 'REPORT' AND receipt_code = $1`,
      [receiptCode],
    );
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
    const id = randomUUID();
    const [row] = await this.db.query(
      `INSERT INTO anonymous_inbox (id, kind, report_id, payload, day)
       SELECT $1, 'ANSWER', $2,
              jsonb_build_object('body', $3::text, 'n', (SELECT count(*) + 1 FROM anonymous_inbox WHERE kind = 'ANSWER' AND report_id = $2)),
              ${TODAY}
       RETURNING ${MIDNIGHT('day')} AS "createdAt"`,
      [id, reportId, body],
    );
    return { id, reportId, authorKind: ReportMessageAuthor.REPORTER, boardAuthorName: null, body, createdAt: row.createdAt };
  }

  /** The reporter's own answers not yet released, in the order written: shown to them as sent. */
  heldAnswers(reportId: string): Promise<ReportMessageRow[]> {
    return this.db.query(
      `SELECT id, report_id AS "reportId", '${ReportMessageAuthor.REPORTER}' AS "authorKind", NULL AS "boardAuthorName",
              payload->>'body' AS body, ${MIDNIGHT('day')} AS "createdAt"
         FROM anonymous_inbox WHERE kind = 'ANSWER' AND report_id = $1
        ORDER BY (payload->>'n')::int, id`,
      [reportId],
    );
  }
}
