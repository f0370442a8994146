import { ErrorCode } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, DomainError } from '../platform/graphql/errors';
import { AnonymousInbox, HeldReport } from './anonymous-inbox';
import { normaliseReceiptCode, verifyPassphrase } from './receipts';
import { PracticeGapReportEntity } from './reports.entity';

/** Wrong guesses allowed per report before it locks. Counted on the report, never by address: we keep no addresses. */
export const MAX_FAILED_PASSPHRASES = 10;

// One answer for an unknown receipt and a wrong passphrase, so that guessing learns nothing.
const WRONG = () => BadUserInputError.field('receipt', 'Check your receipt code and passphrase');

/** How an anonymous reporter, holding no account, reaches their report: the receipt code and the passphrase. */
@Injectable()
export class ReceiptAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inbox: AnonymousInbox,
  ) {}

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
    if (!report) {
      await verifyPassphrase(null, passphrase);
      throw WRONG();
    }
    // A held report has no row in the shared table to count on, and writing one would date the access.
    if ('boardSeesOn' in report) {
      if (!(await verifyPassphrase(report.passphraseHash, passphrase))) throw WRONG();
      return report;
    }
    // Take the attempt before checking it, so that guesses sent in parallel cannot pass the limit.
    const taken = await this.db
      .createQueryBuilder()
      .update(PracticeGapReportEntity)
      .set({ failedPassphraseAttempts: () => 'failed_passphrase_attempts + 1' })
      .where('id = :id AND failed_passphrase_attempts < :max', { id: report.id, max: MAX_FAILED_PASSPHRASES })
      .execute();
    if (!taken.affected) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        'This receipt code is locked after too many wrong passphrases, to protect the report. The board still has your report.',
      );
    }
    if (!(await verifyPassphrase(report.passphraseHash, passphrase))) throw WRONG();
    await this.db.getRepository(PracticeGapReportEntity).update(report.id, { failedPassphraseAttempts: 0 });
    return report;
  }
}
