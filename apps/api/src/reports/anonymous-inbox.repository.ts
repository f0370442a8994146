import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
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

export interface NewHeldReport {
  id: string;
  receiptCode: string;
  payload: HeldReportPayload;
  keyHash: Buffer | null;
  sealedPassphrase: Buffer | null;
}

/** A held report as its receipt opens it; `boardSeesOn` is the UTC date from which the board sees it. */
export interface HeldReportRow {
  id: string;
  payload: HeldReportPayload;
  createdAt: Date;
  boardSeesOn: string;
}

export interface HeldAnswerRow {
  id: string;
  reportId: string;
  body: string;
  createdAt: Date;
}

export type DueRow =
  | { kind: 'REPORT'; id: string; reportId: string; receiptCode: string; payload: HeldReportPayload; keyHash: Buffer | null; day: string }
  | { kind: 'ANSWER'; id: string; reportId: string; receiptCode: null; payload: HeldAnswerPayload; keyHash: null; day: string };

/**
 * Advisory lock key: the release takes it exclusively (pg_try_advisory_xact_lock: one release at a time across every
 * instance of the hub), each new anonymous submission shares it, so that no release runs between a submission's
 * idempotency checks and its insert.
 */
export const RELEASE_LOCK = 7_311_000_001;

const TODAY = `(now() AT TIME ZONE 'UTC')::date`;
const MIDNIGHT = (day: string) => `(${day})::timestamp AT TIME ZONE 'UTC'`;
const BOARD_SEES_ON = `(day + 1)::text AS "boardSeesOn"`;

/** The only SQL on `anonymous_inbox`, and the release lock that guards it. */
@Injectable()
export class AnonymousInboxRepository {
  /** Shared with other submissions, exclusive with the release, until the transaction ends. */
  async shareReleaseLock(db: Queryable): Promise<void> {
    await rows(db, `SELECT pg_advisory_xact_lock_shared($1)`, [RELEASE_LOCK]);
  }

  /** The release's lock until the transaction ends; false, without waiting, while another release or a submission holds it. */
  async tryReleaseLock(db: Queryable): Promise<boolean> {
    const row = await firstRow<{ locked: boolean }>(db, `SELECT pg_try_advisory_xact_lock($1) AS locked`, [RELEASE_LOCK]);
    return row?.locked ?? false;
  }

  /**
   * Holds a new anonymous report dated today; nothing when its idempotency key was used, or its receipt code
   * is taken among released reports. The key and the code are checked in both places.
   */
  async holdReport(db: Queryable, report: NewHeldReport): Promise<{ boardSeesOn: string } | undefined> {
    return firstRow(
      db,
      `INSERT INTO anonymous_inbox (id, kind, report_id, receipt_code, payload, day, idempotency_key_hash, sealed_passphrase)
       SELECT $1, 'REPORT', $1, $2, $3::jsonb, ${TODAY}, $4::bytea, $5::bytea
        WHERE NOT EXISTS (SELECT 1 FROM practice_gap_reports WHERE receipt_code = $2 OR idempotency_key_hash = $4::bytea)
       ON CONFLICT (idempotency_key_hash) DO NOTHING
       RETURNING ${BOARD_SEES_ON}`,
      [report.id, report.receiptCode, JSON.stringify(report.payload), report.keyHash, report.sealedPassphrase],
    );
  }

  /** Whether a report, held or released, was sent with this idempotency key. */
  async keyUsed(db: Queryable, keyHash: Buffer): Promise<boolean> {
    const found = await rows(
      db,
      `SELECT 1 FROM anonymous_inbox WHERE idempotency_key_hash = $1
       UNION ALL SELECT 1 FROM practice_gap_reports WHERE idempotency_key_hash = $1`,
      [keyHash],
    );
    return found.length > 0;
  }

  /** The held report first sent with this idempotency key, if it is still held. */
  replayOf(db: Queryable, keyHash: Buffer): Promise<{ receiptCode: string; sealedPassphrase: Buffer; boardSeesOn: string } | undefined> {
    return firstRow(
      db,
      `SELECT receipt_code AS "receiptCode", sealed_passphrase AS "sealedPassphrase", ${BOARD_SEES_ON}
         FROM anonymous_inbox WHERE idempotency_key_hash = $1`,
      [keyHash],
    );
  }

  heldReport(db: Queryable, receiptCode: string): Promise<HeldReportRow | undefined> {
    return firstRow(
      db,
      `SELECT id, payload, ${MIDNIGHT('day')} AS "createdAt", ${BOARD_SEES_ON}
         FROM anonymous_inbox WHERE kind = 'REPORT' AND receipt_code = $1`,
      [receiptCode],
    );
  }

  /** Holds an answer to a held or a released report, dated to the day, after the same report's held answers. */
  async holdAnswer(db: Queryable, id: string, reportId: string, body: string): Promise<HeldAnswerRow> {
    const [row] = await rows<HeldAnswerRow>(
      db,
      `INSERT INTO anonymous_inbox (id, kind, report_id, payload, day)
       SELECT $1, 'ANSWER', $2,
              jsonb_build_object('body', $3::text,
                                 'n', (SELECT count(*) + 1 FROM anonymous_inbox WHERE kind = 'ANSWER' AND report_id = $2)),
              ${TODAY}
       RETURNING id, report_id AS "reportId", payload->>'body' AS body, ${MIDNIGHT('day')} AS "createdAt"`,
      [id, reportId, body],
    );
    return row;
  }

  /** In the order written. */
  heldAnswers(db: Queryable, reportId: string): Promise<HeldAnswerRow[]> {
    return rows(
      db,
      `SELECT id, report_id AS "reportId", payload->>'body' AS body, ${MIDNIGHT('day')} AS "createdAt"
         FROM anonymous_inbox WHERE kind = 'ANSWER' AND report_id = $1
        ORDER BY (payload->>'n')::int, id`,
      [reportId],
    );
  }

  /**
   * Gives each day ended by `now` that has none its one release moment, a random one in the `hours` after the day;
   * a row that reached the inbox after its day's draw takes the same moment.
   */
  async drawReleaseMoments(db: Queryable, now: Date, hours: number): Promise<void> {
    await rows(
      db,
      `UPDATE anonymous_inbox held SET release_after = drawn.release_after
         FROM (SELECT day, coalesce(max(release_after),
                      (day + 1)::timestamp AT TIME ZONE 'UTC' + random() * make_interval(hours => $2)) AS release_after
                 FROM anonymous_inbox WHERE day < ($1::timestamptz AT TIME ZONE 'UTC')::date GROUP BY day) drawn
        WHERE held.day = drawn.day AND held.release_after IS NULL`,
      [now, hours],
    );
  }

  due(db: Queryable, now: Date): Promise<DueRow[]> {
    return rows(
      db,
      `SELECT id, kind, report_id AS "reportId", receipt_code AS "receiptCode", payload, idempotency_key_hash AS "keyHash",
              day::text AS day
         FROM anonymous_inbox WHERE release_after <= $1`,
      [now],
    );
  }

  async remove(db: Queryable, ids: readonly string[]): Promise<void> {
    await rows(db, `DELETE FROM anonymous_inbox WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async heldIds(db: Queryable): Promise<string[]> {
    return (await rows<{ id: string }>(db, `SELECT id FROM anonymous_inbox`)).map((row) => row.id);
  }

  /** Writes the row again unchanged: a new row version, with this transaction's xmin and a new ctid. */
  async rewrite(db: Queryable, id: string): Promise<void> {
    await rows(db, `UPDATE anonymous_inbox SET day = day WHERE id = $1`, [id]);
  }
}
