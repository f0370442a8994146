import { IdentityMode, ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { Connection } from '../platform/database/cursor';
import { firstRow, Queryable, rows } from '../platform/database/database';
import { KeyedRow, keysetList, listCount, ListQuery, SortKey } from '../platform/database/keyset';
import { SqlParams } from '../platform/database/sql-params';
import type { PracticeGapReportEntity, ReportStatusChangeEntity, StoredEvidenceLink } from './reports.entity';

/** What the report form answers, as both routes store it. */
export interface ReportFields {
  guidance: string;
  guidanceUrl: string | null;
  organisationOdsCode: string | null;
  organisationName: string | null;
  whatHappens: string;
  whatShouldHappen: string;
  impact: string;
  evidence: StoredEvidenceLink[];
  themeId: string | null;
}

export interface NewReport {
  /** Given for a released anonymous report: the id its reporter's held answers already name. */
  id?: string;
  identityMode: IdentityMode;
  reporterId: string | null;
  fields: ReportFields;
  receiptCode: string;
  passphraseHash: string | null;
  idempotencyKeyHash: Buffer | null;
  /** Null: now, to the millisecond. A released anonymous report: midnight of its day. */
  at: Date | null;
}

/** A report as everything but the receipt check reads it: never with its passphrase's hash. */
export type StoredReport = Omit<PracticeGapReportEntity, 'passphraseHash'>;

/** A report with the hash its anonymous reporter's passphrase is checked against. */
export type ReportWithPassphrase = StoredReport & { passphraseHash: string | null };

export interface NewStatus {
  status: ReportStatus;
  note: string | null;
  recommendationId: string | null;
}

/** What another domain needs of a report to work on it (the board's review). */
export interface ReportSummaryRow {
  id: string;
  guidance: string;
  status: ReportStatus;
  createdAt: Date;
  themeId: string | null;
}

/** Milliseconds, as a JavaScript date holds them, so that a keyset cursor finds its row again. */
const NOW = `date_trunc('milliseconds', now())`;

const REPORT_COLUMNS = `r.id, r.identity_mode AS "identityMode", r.reporter_id AS "reporterId", r.guidance, r.guidance_url AS "guidanceUrl",
  r.organisation_ods_code AS "organisationOdsCode", r.organisation_name AS "organisationName", r.what_happens AS "whatHappens",
  r.what_should_happen AS "whatShouldHappen", r.impact, r.evidence, r.theme_id AS "themeId", r.status, r.status_note AS "statusNote",
  r.recommendation_id AS "recommendationId", r.receipt_code AS "receiptCode", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

const NEWEST_FIRST: SortKey = { value: 'r.created_at', type: 'timestamptz', id: 'r.id', idType: 'uuid', direction: 'DESC' };

/** The board's list of reports: all of them, or those of one status. */
function boardList(status: ReportStatus | null): ListQuery {
  const params = new SqlParams();
  return { from: 'practice_gap_reports r', conditions: status ? [`r.status = ${params.add(status)}`] : [], params };
}

const RECEIPT_CODE_KEYS = ['practice_gap_reports_receipt_code_key', 'anonymous_inbox_receipt_code_key'];

/** Whether a write failed because another report, released or held, took its receipt code at the same moment. */
export function isReceiptCodeClash(error: unknown): boolean {
  const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
  return constraint !== undefined && RECEIPT_CODE_KEYS.includes(constraint);
}

/** The SQL on `practice_gap_reports` and `report_status_changes`. */
@Injectable()
export class ReportsRepository {
  /**
   * Writes a report and its first history row in one statement. Null, writing nothing, when its idempotency key was
   * used already or a held anonymous report has its receipt code (receipt codes are unique across both).
   */
  async insert(db: Queryable, report: NewReport): Promise<string | null> {
    const { fields } = report;
    const row = await firstRow<{ reportId: string }>(
      db,
      `WITH report AS (
         INSERT INTO practice_gap_reports (id, identity_mode, reporter_id, guidance, guidance_url, organisation_ods_code,
           organisation_name, what_happens, what_should_happen, impact, evidence, theme_id, receipt_code, passphrase_hash,
           idempotency_key_hash, created_at, updated_at)
         SELECT coalesce($1::uuid, gen_random_uuid()), $2, $3::uuid, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::uuid, $13, $14,
                $15::bytea, at, at
           FROM (SELECT coalesce($16::timestamptz, ${NOW}) AS at) AS written
          WHERE NOT EXISTS (SELECT 1 FROM anonymous_inbox WHERE receipt_code = $13)
         ON CONFLICT (idempotency_key_hash) DO NOTHING
         RETURNING id, created_at)
       INSERT INTO report_status_changes (report_id, from_status, to_status, created_at)
       SELECT id, NULL, $17, created_at FROM report
       RETURNING report_id AS "reportId"`,
      [
        report.id ?? null,
        report.identityMode,
        report.reporterId,
        fields.guidance,
        fields.guidanceUrl,
        fields.organisationOdsCode,
        fields.organisationName,
        fields.whatHappens,
        fields.whatShouldHappen,
        fields.impact,
        JSON.stringify(fields.evidence),
        fields.themeId,
        report.receiptCode,
        report.passphraseHash,
        report.idempotencyKeyHash,
        report.at,
        ReportStatus.RECEIVED,
      ],
    );
    return row?.reportId ?? null;
  }

  /** For the board: newest first, by keyset on (created_at, id), optionally of one status. */
  page(db: Queryable, first: number, after: string | null, status: ReportStatus | null): Promise<Connection<StoredReport>> {
    const query = { ...boardList(status), select: REPORT_COLUMNS, key: NEWEST_FIRST, first, after };
    return keysetList(db, query, ({ sortKey, ...report }: StoredReport & KeyedRow): StoredReport => report);
  }

  /** How many reports the board's list holds over all its pages. */
  total(db: Queryable, status: ReportStatus | null): Promise<number> {
    return listCount(db, boardList(status));
  }

  /** Locked FOR UPDATE when asked, for a change to its status. */
  find(db: Queryable, id: string, lock = false): Promise<StoredReport | undefined> {
    return firstRow(db, `SELECT ${REPORT_COLUMNS} FROM practice_gap_reports r WHERE r.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  }

  /** Newest first. */
  ofReporter(db: Queryable, reporterId: string): Promise<StoredReport[]> {
    return rows(db, `SELECT ${REPORT_COLUMNS} FROM practice_gap_reports r WHERE r.reporter_id = $1 ORDER BY r.created_at DESC, r.id DESC`, [
      reporterId,
    ]);
  }

  /** A released anonymous report by its receipt code (only those have a passphrase). */
  findAnonymous(db: Queryable, receiptCode: string): Promise<ReportWithPassphrase | undefined> {
    return firstRow(
      db,
      `SELECT ${REPORT_COLUMNS}, r.passphrase_hash AS "passphraseHash"
         FROM practice_gap_reports r WHERE r.receipt_code = $1 AND r.passphrase_hash IS NOT NULL`,
      [receiptCode],
    );
  }

  /** The report first filed with this idempotency key. */
  filedWithKey(db: Queryable, keyHash: Buffer): Promise<Pick<StoredReport, 'receiptCode' | 'reporterId'> | undefined> {
    return firstRow(
      db,
      `SELECT receipt_code AS "receiptCode", reporter_id AS "reporterId" FROM practice_gap_reports WHERE idempotency_key_hash = $1`,
      [keyHash],
    );
  }

  /**
   * Locks the report's row for a new message: every message, a board reply or a released answer, takes this lock
   * first, so that two messages never take the same position.
   */
  lockForMessage(db: Queryable, id: string): Promise<Pick<StoredReport, 'id' | 'reporterId'> | undefined> {
    return firstRow(db, `SELECT id, reporter_id AS "reporterId" FROM practice_gap_reports WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Which of these reports have been released to the board. */
  async released(db: Queryable, ids: readonly string[]): Promise<string[]> {
    const found = await rows<{ id: string }>(db, `SELECT id FROM practice_gap_reports WHERE id = ANY($1::uuid[])`, [ids]);
    return found.map((row) => row.id);
  }

  /** Changes the status and adds the change to the report's history; the report as it is now. */
  async setStatus(db: Queryable, report: Pick<StoredReport, 'id' | 'status'>, change: NewStatus, actorId: string): Promise<StoredReport> {
    const [updated] = await rows<StoredReport>(
      db,
      `UPDATE practice_gap_reports r SET status = $2, status_note = $3, recommendation_id = $4, updated_at = ${NOW} WHERE id = $1
       RETURNING ${REPORT_COLUMNS}`,
      [report.id, change.status, change.note, change.recommendationId],
    );
    await rows(
      db,
      `INSERT INTO report_status_changes (report_id, from_status, to_status, note, actor_id, created_at)
       VALUES ($1, $2, $3, $4, $5, ${NOW})`,
      [report.id, report.status, change.status, change.note, actorId],
    );
    return updated;
  }

  /** Oldest first; the first row of an anonymous report is dated to the day, before any board change that day. */
  historyOf(db: Queryable, reportIds: readonly string[]): Promise<ReportStatusChangeEntity[]> {
    return rows(
      db,
      `SELECT id, report_id AS "reportId", from_status AS "fromStatus", to_status AS "toStatus", note, actor_id AS "actorId",
              created_at AS "createdAt"
         FROM report_status_changes WHERE report_id = ANY($1::uuid[])
        ORDER BY created_at ASC, from_status IS NOT NULL ASC`,
      [reportIds],
    );
  }

  findSummary(db: Queryable, id: string): Promise<ReportSummaryRow | undefined> {
    return firstRow<ReportSummaryRow>(
      db,
      `SELECT id, guidance, status, created_at AS "createdAt", theme_id AS "themeId" FROM practice_gap_reports WHERE id = $1`,
      [id],
    );
  }

  /** How many of these reports exist: recommendations draw on them. */
  async count(db: Queryable, ids: readonly string[]): Promise<number> {
    const counted = await firstRow<{ count: number }>(
      db,
      `SELECT count(*)::int AS count FROM practice_gap_reports WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return counted!.count;
  }
}
