import { Injectable } from '@nestjs/common';
import { refuseWhenArgon2Busy } from '../accounts/passwords';
import { Database } from '../platform/database/database';
import { BadUserInputError } from '../platform/graphql/errors';
import type { AttemptCounter, BackoffPolicy } from '../platform/rate-limit/attempt-counter';
import { AttemptCounters } from '../platform/rate-limit/attempt-counters';
import { AnonymousInboxService, HeldReport } from './anonymous-inbox.service';
import { normaliseReceiptCode, verifyPassphrase } from './receipts';
import { ReportsRepository, ReportWithPassphrase } from './reports.repository';

/**
 * Wrong passphrases for one receipt code: 5 at once, then 30 s, 1 min, 2 min … at most an hour between
 * attempts; a day without one forgets them. Counted by receipt code, known or not, in memory or Redis,
 * never on the report: writing the report at each check would date when its anonymous reporter looked.
 */
export const RECEIPT_BACKOFF: BackoffPolicy = { freeAttempts: 5, firstDelayMs: 30_000, maxDelayMs: 3_600_000, forgetAfterMs: 86_400_000 };

// One answer for an unknown receipt and a wrong passphrase, so that guessing learns nothing.
const WRONG = () => BadUserInputError.field('receipt', 'Check your receipt code and passphrase');

/** How an anonymous reporter, holding no account, reaches their report: the receipt code and the passphrase. */
@Injectable()
export class ReceiptAccessService {
  private readonly attempts: AttemptCounter;

  constructor(
    private readonly database: Database,
    private readonly reports: ReportsRepository,
    private readonly inbox: AnonymousInboxService,
    counters: AttemptCounters,
  ) {
    this.attempts = counters.counter('receipt', RECEIPT_BACKOFF);
  }

  /** The report, released or still held in the anonymous inbox (then with `boardSeesOn`). */
  async open(receipt: string, passphrase: string): Promise<ReportWithPassphrase | HeldReport> {
    const code = normaliseReceiptCode(receipt);
    const report = code ? ((await this.reports.findAnonymous(this.database.pool, code)) ?? (await this.inbox.heldReport(code))) : null;
    // Counted by the code as typed, normalised, whether or not a report has it: a wait tells nothing.
    const subject = code ?? receipt.trim().toUpperCase();
    // Before argon2 runs: a guess that must wait costs nothing, and one refused for load is not counted.
    refuseWhenArgon2Busy();
    await this.attempts.admit(subject);
    if (!report) {
      await verifyPassphrase(null, passphrase);
      throw WRONG();
    }
    if (!(await verifyPassphrase(report.passphraseHash, passphrase))) throw WRONG();
    await this.attempts.reset(subject);
    return report;
  }
}
