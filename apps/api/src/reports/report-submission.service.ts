import { ConflictReason, IdentityMode, ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database';
import { hashIdempotencyKey } from '../platform/idempotency/idempotency';
import { BadUserInputError, ConflictError, FieldError, UnauthenticatedError } from '../platform/graphql/errors';
import { ThemesService } from '../themes/themes.service';
import type { HeldReportPayload } from './anonymous-inbox.repository';
import { AnonymousInboxService } from './anonymous-inbox.service';
import { sealPassphrase, unsealPassphrase } from './idempotency';
import { patientDataErrors } from './patient-data-check';
import { hashPassphrase, newPassphrase, newReceiptCode } from './receipts';
import type { ReportPracticeGapInput } from './reports.inputs';
import { isReceiptCodeClash, ReportFields, ReportsRepository } from './reports.repository';

export interface Receipt {
  receiptCode: string;
  passphrase: string | null;
  status: ReportStatus;
  /** For an anonymous report: the UTC date from which the board sees it. */
  boardSeesOn: string | null;
}

const RECEIPT_ATTEMPTS = 5;
const NO_RECEIPT = 'We could not give your report a receipt code. Send it again.';
const SENT_ALREADY = 'This report was sent already. Start a new report to send another.';

@Injectable()
export class ReportSubmissionService {
  constructor(
    private readonly database: Database,
    private readonly reports: ReportsRepository,
    private readonly organisations: OrganisationsService,
    private readonly themes: ThemesService,
    private readonly audit: AuditService,
    private readonly inbox: AnonymousInboxService,
  ) {}

  /**
   * Files a report. An anonymous one never reads the caller: the actor is dropped before anything is
   * stored, so no account, session, address or device can be tied to it, whoever is signed in. It waits
   * in the anonymous inbox until its day's batch is released (anonymous-release.job.ts).
   * The same idempotency key again returns the first receipt and creates nothing.
   */
  async submit(input: ReportPracticeGapInput, actor: Actor | null): Promise<Receipt> {
    const anonymous = input.identityMode === IdentityMode.ANONYMOUS;
    const reporterId = anonymous ? null : actor?.accountId;
    if (reporterId === undefined) {
      throw new UnauthenticatedError('Sign in to report openly or confidentially, or report anonymously: that needs no account');
    }
    const key = input.idempotencyKey ?? null;
    const first = key ? await this.replay(key, reporterId) : null;
    if (first) return first;
    const errors = await this.errorsIn(input);
    if (errors.length) throw new BadUserInputError(errors);
    if (reporterId === null) return this.hold(input, key);
    const receiptCode = await this.insert(input, reporterId, key);
    return receiptCode
      ? { receiptCode, passphrase: null, status: ReportStatus.RECEIVED, boardSeesOn: null }
      : this.replayOrFail(key!, reporterId);
  }

  /** The first result for this key: the held anonymous report's receipt and passphrase, or the caller's own report. */
  private async replay(key: string, reporterId: string | null): Promise<Receipt | null> {
    const keyHash = hashIdempotencyKey(key);
    const held = await this.inbox.replayOf(keyHash);
    if (held) {
      if (reporterId) throw new ConflictError(ConflictReason.ALREADY_SENT, SENT_ALREADY);
      const passphrase = unsealPassphrase(held.sealedPassphrase, key);
      return { receiptCode: held.receiptCode, passphrase, status: ReportStatus.RECEIVED, boardSeesOn: held.boardSeesOn };
    }
    const filed = await this.reports.filedWithKey(this.database.pool, keyHash);
    if (!filed) return null;
    // A released anonymous report keeps no passphrase to show again; another account's key is not the caller's.
    if (!reporterId || filed.reporterId !== reporterId) throw new ConflictError(ConflictReason.ALREADY_SENT, SENT_ALREADY);
    return { receiptCode: filed.receiptCode, passphrase: null, status: ReportStatus.RECEIVED, boardSeesOn: null };
  }

  private async replayOrFail(key: string, reporterId: string | null): Promise<Receipt> {
    const first = await this.replay(key, reporterId);
    if (!first) throw new ConflictError(ConflictReason.ALREADY_SENT, SENT_ALREADY);
    return first;
  }

  private async hold(input: ReportPracticeGapInput, key: string | null): Promise<Receipt> {
    const passphrase = newPassphrase();
    const payload: HeldReportPayload = { ...this.fieldsOf(input), passphraseHash: await hashPassphrase(passphrase) };
    const replay = key ? { keyHash: hashIdempotencyKey(key), sealedPassphrase: sealPassphrase(passphrase, key) } : null;
    for (let attempt = 1; attempt <= RECEIPT_ATTEMPTS; attempt++) {
      const receiptCode = newReceiptCode();
      const result = await this.inbox.holdReport(receiptCode, payload, replay);
      if (result.held) return { receiptCode, passphrase, status: ReportStatus.RECEIVED, boardSeesOn: result.boardSeesOn };
      // The same request sent twice at once: the first one to be stored answers both.
      if (result.reason === 'KEY_USED') return this.replayOrFail(key!, null);
    }
    throw new ConflictError(ConflictReason.NO_RECEIPT, NO_RECEIPT);
  }

  private fieldsOf(input: ReportPracticeGapInput): ReportFields {
    return {
      guidance: input.guidance,
      guidanceUrl: input.guidanceUrl ?? null,
      organisationOdsCode: input.organisationOdsCode ?? null,
      organisationName: input.organisationOdsCode ? null : (input.organisationName ?? null),
      whatHappens: input.whatHappens,
      whatShouldHappen: input.whatShouldHappen,
      impact: input.impact,
      evidence: (input.evidence ?? []).map(({ label, url }) => ({ label, url })),
      themeId: input.themeId ?? null,
    };
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

  /** An open or confidential report; a clash of receipt codes (rare) draws another. Null when the key was used first. */
  private async insert(input: ReportPracticeGapInput, reporterId: string, key: string | null): Promise<string | null> {
    const fields = this.fieldsOf(input);
    for (let attempt = 1; ; attempt++) {
      const receiptCode = newReceiptCode();
      try {
        const filed = await this.database.transaction(async (tx): Promise<string | null> => {
          const reportId = await this.reports.insert(tx, {
            identityMode: input.identityMode,
            reporterId,
            fields,
            receiptCode,
            passphraseHash: null,
            idempotencyKeyHash: key ? hashIdempotencyKey(key) : null,
            at: null,
          });
          if (!reportId) return null;
          await this.audit.record(tx, {
            actor: { accountId: reporterId },
            action: 'reportPracticeGap',
            entityType: 'PracticeGapReport',
            entityId: reportId,
            after: { identityMode: input.identityMode, status: ReportStatus.RECEIVED },
          });
          return receiptCode;
        });
        if (filed) return filed;
        // Nothing written: the key was used by a request that got there first, or an anonymous report holds the code.
        if (key && (await this.reports.filedWithKey(this.database.pool, hashIdempotencyKey(key)))) return null;
      } catch (error) {
        if (!isReceiptCodeClash(error)) throw error;
      }
      if (attempt === RECEIPT_ATTEMPTS) throw new ConflictError(ConflictReason.NO_RECEIPT, NO_RECEIPT);
    }
  }
}
