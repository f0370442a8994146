import { IdentityMode, ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstRow, Queryable } from '../platform/database/database';
import type { StoredEvidenceLink } from './reports.entity';

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

/**
 * Writes a report and its first history row in one statement. Null, writing nothing, when its idempotency key was
 * used already or a held anonymous report has its receipt code (receipt codes are unique across both).
 */
export async function insertReport(manager: EntityManager, report: NewReport): Promise<string | null> {
  const { fields } = report;
  const rows: { report_id: string }[] = await manager.query(
    `WITH report AS (
       INSERT INTO practice_gap_reports (id, identity_mode, reporter_id, guidance, guidance_url, organisation_ods_code,
         organisation_name, what_happens, what_should_happen, impact, evidence, theme_id, receipt_code, passphrase_hash,
         idempotency_key_hash, created_at, updated_at)
       SELECT coalesce($1::uuid, gen_random_uuid()), $2, $3::uuid, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::uuid, $13, $14,
              $15::bytea, at, at
         FROM (SELECT coalesce($16::timestamptz, date_trunc('milliseconds', now())) AS at) AS written
        WHERE NOT EXISTS (SELECT 1 FROM anonymous_inbox WHERE receipt_code = $13)
       ON CONFLICT (idempotency_key_hash) DO NOTHING
       RETURNING id, created_at)
     INSERT INTO report_status_changes (report_id, from_status, to_status, created_at)
     SELECT id, NULL, $17, created_at FROM report
     RETURNING report_id`,
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
  return rows[0]?.report_id ?? null;
}

/** What another domain needs of a report to work on it (the board's review). */
export interface ReportSummaryRow {
  id: string;
  guidance: string;
  status: ReportStatus;
  createdAt: Date;
  themeId: string | null;
}

@Injectable()
export class ReportsRepository {
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
