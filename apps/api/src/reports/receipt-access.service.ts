import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { refuseWhenArgon2Busy } from '../accounts/passwords';
import { BadUserInputError } from '../platform/graphql/errors';
import type { AttemptCounter, BackoffPolicy } from '../platform/rate-limit/attempt-counter';
import { AttemptCounters } from '../platform/rate-limit/attempt-counters';
import { AnonymousInbox, HeldReport } from './anonymous-inbox';
import { normaliseReceiptCode, verifyPassphrase } from './receipts';
import { PracticeGapReportEntity } from './reports.entity';

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
    @InjectDataSource() private readonly db: DataSource,
    private readonly inbox: AnonymousInbox,
    counters: AttemptCounters,
  ) {
    this.attempts = counters.counter('receipt', RECEIPT_BACKOFF);
  }

  /** The report, released or still held in the anonymous inbox (then with `boardSeesOn`). */
  async open(receipt: string, passphrase: string): Promise<PracticeGapReportEntity | HeldReport> {
    const code = normaliseReceiptCode(receipt);
    const report = code
      ? ((await this.db
          .getRepository(PracticeGapReportEntity)
          .createQueryBuilder('r')
          .addSelect('r.passphraseHash')
          .where('r.receipt_code = :code AND r.passphrase_hash IS NOT NULL', { code })
          .getOne()) ?? (await this.inbox.heldReport(code)))
      : null;
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
