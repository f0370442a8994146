import { IdentityMode, ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, FieldError, UnauthenticatedError } from '../platform/graphql/errors';
import { ThemesService } from '../themes/themes.service';
import { reporterWriteTime } from './anonymity';
import { patientDataErrors } from './patient-data-check';
import { hashPassphrase, newPassphrase, newReceiptCode } from './receipts';
import type { ReportPracticeGapInput } from './reports.inputs';

export interface Receipt {
  receiptCode: string;
  passphrase: string | null;
  status: ReportStatus;
}

const RECEIPT_TAKEN = 'practice_gap_reports_receipt_code_key';
const RECEIPT_ATTEMPTS = 5;

@Injectable()
export class ReportSubmissionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly themes: ThemesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Files a report. An anonymous one never reads the caller: the actor is dropped before anything is
   * stored, so no account, session, address or device can be tied to it, whoever is signed in.
   */
  async submit(input: ReportPracticeGapInput, actor: Actor | null): Promise<Receipt> {
    const anonymous = input.identityMode === IdentityMode.ANONYMOUS;
    const reporterId = anonymous ? null : actor?.accountId;
    if (reporterId === undefined) {
      throw new UnauthenticatedError('Sign in to report openly or confidentially, or report anonymously: that needs no account');
    }
    const errors = await this.errorsIn(input);
    if (errors.length) throw new BadUserInputError(errors);

    const passphrase = anonymous ? newPassphrase() : null;
    const passphraseHash = passphrase ? await hashPassphrase(passphrase) : null;
    const receiptCode = await this.insert(input, reporterId, passphraseHash);
    return { receiptCode, passphrase, status: ReportStatus.RECEIVED };
  }

  /** Field by field, in the order of the form. */
  private async errorsIn(input: ReportPracticeGapInput): Promise<FieldError[]> {
    const odsCode = input.organisationOdsCode;
    const unknownOrganisation = odsCode && !(await this.organisations.findByCodes([odsCode])).length;
    const unknownTheme = input.themeId && !(await this.themes.findByIds([input.themeId])).length;
    return [
      ...patientDataErrors([
        ['guidance', input.guidance],
        ['guidanceUrl', input.guidanceUrl],
      ]),
      ...(unknownOrganisation ? [{ field: 'organisationOdsCode', message: 'Choose an organisation from the list, or type its name' }] : []),
      ...patientDataErrors([
        ['organisationName', odsCode ? null : input.organisationName],
        ['whatHappens', input.whatHappens],
        ['whatShouldHappen', input.whatShouldHappen],
        ['impact', input.impact],
        ...(input.evidence ?? []).flatMap((link, index): [string, string][] => [
          [`evidence.${index}.label`, link.label],
          [`evidence.${index}.url`, link.url],
        ]),
      ]),
      ...(unknownTheme ? [{ field: 'themeId', message: 'Choose a theme from the list' }] : []),
    ];
  }

  /** One statement writes the report and its first history row; a clash of receipt codes (rare) draws another. */
  private async insert(input: ReportPracticeGapInput, reporterId: string | null, passphraseHash: string | null): Promise<string> {
    const at = reporterWriteTime(input.identityMode);
    for (let attempt = 1; ; attempt++) {
      const receiptCode = newReceiptCode();
      try {
        await this.db.transaction(async (manager) => {
          const [{ report_id: reportId }] = await manager.query(
          `WITH report AS (
             INSERT INTO practice_gap_reports (identity_mode, reporter_id, guidance, guidance_url, organisation_ods_code,
               organisation_name, what_happens, what_should_happen, impact, evidence, theme_id, receipt_code, passphrase_hash,
               created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, ${at}, ${at})
             RETURNING id, created_at)
           INSERT INTO report_status_changes (report_id, from_status, to_status, created_at)
           SELECT id, NULL, $14, created_at FROM report
           RETURNING report_id`,
          [
            input.identityMode,
            reporterId,
            input.guidance,
            input.guidanceUrl ?? null,
            input.organisationOdsCode ?? null,
            input.organisationOdsCode ? null : (input.organisationName ?? null),
            input.whatHappens,
            input.whatShouldHappen,
            input.impact,
            JSON.stringify((input.evidence ?? []).map(({ label, url }) => ({ label, url }))),
            input.themeId ?? null,
            receiptCode,
            passphraseHash,
            ReportStatus.RECEIVED,
          ],
          );
          const anonymous = input.identityMode === IdentityMode.ANONYMOUS;
          await this.audit.record(manager, {
            actor: reporterId ? { accountId: reporterId } : null,
            action: 'reportPracticeGap',
            entityType: 'PracticeGapReport',
            entityId: reportId,
            after: { identityMode: input.identityMode, status: ReportStatus.RECEIVED },
            dayOnly: anonymous,
          });
        });
        return receiptCode;
      } catch (error) {
        const clash = error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === RECEIPT_TAKEN;
        if (!clash || attempt === RECEIPT_ATTEMPTS) throw error;
      }
    }
  }
}
