import { IdentityMode, ReportMessageAuthor, ReportStatus } from '@ideas-hub/domain';
import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { AuditEntryInput, AuditService } from '../audit/audit.service';
import { Database, Queryable } from '../platform/database/database';
import { IntervalJob } from '../platform/jobs/interval-job';
import { AnonymousInboxRepository, DueRow, HeldAnswerPayload, HeldReportPayload } from './anonymous-inbox.repository';
import { ReportMessagesRepository } from './report-messages.repository';
import { ReportsRepository } from './reports.repository';

/**
 * The board sees a day's anonymous reports at one random moment in the first hours after that UTC day
 * ends: late enough that every report of the day is in the batch, soon enough to be read next morning.
 */
export const RELEASE_WINDOW_HOURS = 6;

const RELEASE_EVERY_MS = 60_000;
const EARLY_EVERY_MS = 1_000;
// Past the end of any held row's day plus the whole release window.
const AS_IF_THE_DAY_HAD_ENDED_MS = 31 * 3600_000;

export const RELEASE_OPTIONS = Symbol('RELEASE_OPTIONS');

export interface ReleaseOptions {
  /** Browser journeys only (config refuses it outside NODE_ENV=test): release at once, as if the day had ended. */
  releaseEarly: boolean;
}

/** Fisher–Yates with a cryptographic source: the order of a batch must say nothing of the order sent. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const midnightOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** An entry of the release: by nobody, and dated like what it records, to the midnight of its day. */
const releasedEntry = (at: Date, entry: Omit<AuditEntryInput, 'actor' | 'occurredAt'>): AuditEntryInput => ({
  actor: null,
  ...entry,
  occurredAt: at,
});

/**
 * Moves every due row of `anonymous_inbox` into the shared tables in one transaction and in random order:
 * the reports with their first status row, the reporters' answers, and their audit entries, all dated to
 * the midnight (UTC) of their day. One transaction gives the whole batch one xmin; random order leaves no
 * meaningful physical order. A later issue moves the schedule onto pg-boss: `release()` is the job.
 */
@Injectable()
export class AnonymousReleaseJob extends IntervalJob {
  constructor(
    private readonly database: Database,
    private readonly inbox: AnonymousInboxRepository,
    private readonly reports: ReportsRepository,
    private readonly messages: ReportMessagesRepository,
    private readonly audit: AuditService,
    @Inject(RELEASE_OPTIONS) private readonly options: ReleaseOptions,
  ) {
    super();
  }

  protected everyMs(): number {
    return this.options.releaseEarly ? EARLY_EVERY_MS : RELEASE_EVERY_MS;
  }

  protected runOnce(): Promise<number | null> {
    return this.release(new Date(Date.now() + (this.options.releaseEarly ? AS_IF_THE_DAY_HAD_ENDED_MS : 0)));
  }

  /** Never the rows or their ids in a log line: only that the job failed, and why in general terms. */
  protected override logFailure(error: unknown): void {
    this.logger.error(`The release of anonymous reports failed: ${error instanceof Error ? error.name : 'error'}`);
  }

  /** How many rows left the inbox, or null when another instance (or call) holds the release. */
  release(now: Date = new Date()): Promise<number | null> {
    return this.database.transaction(async (tx) => {
      if (!(await this.inbox.tryReleaseLock(tx))) return null;
      // Drawn here, under the release's exclusive lock, so that a day is never split into batches.
      await this.inbox.drawReleaseMoments(tx, now, RELEASE_WINDOW_HOURS);
      const due = await this.inbox.due(tx, now);
      const reports = shuffled(due.filter((row) => row.kind === 'REPORT'));
      const answers = await this.answersReady(tx, due, reports);
      const ids = [...reports, ...answers].map((row) => row.id);
      // Out of the inbox first, in the same transaction: a released report's receipt code must stand in one place only.
      await this.inbox.remove(tx, ids);
      const audit: AuditEntryInput[] = [];
      for (const report of reports) audit.push(await this.releaseReport(tx, report));
      for (const answer of answers) audit.push(await this.releaseAnswer(tx, answer));
      for (const entry of shuffled(audit)) await this.audit.record(tx, entry);
      await this.rewriteHeld(tx);
      return ids.length;
    });
  }

  /**
   * Rewrites every row still held, one by one in random order, so that a plain SELECT on the inbox shows this
   * transaction's xmin and a random ctid order for all of them, not each submission's own: the time a held row
   * could be placed by is then at most one tick (a minute) old. Old row versions stay on disk until vacuumed.
   */
  private async rewriteHeld(tx: Queryable): Promise<void> {
    for (const id of shuffled(await this.inbox.heldIds(tx))) await this.inbox.rewrite(tx, id);
  }

  /**
   * Answers leave with or after their report, grouped by report in random order, each report's in the order
   * written. An answer whose report is not yet released waits for the next batch.
   */
  private async answersReady(tx: Queryable, due: DueRow[], reports: DueRow[]): Promise<DueRow[]> {
    const answers = due.filter((row) => row.kind === 'ANSWER');
    if (!answers.length) return [];
    const released = await this.reports.released(tx, [...new Set(answers.map((row) => row.reportId))]);
    const ready = new Set([...released, ...reports.map((row) => row.reportId)]);
    const byReport = new Map<string, DueRow[]>();
    for (const answer of answers.filter((row) => ready.has(row.reportId))) {
      byReport.set(answer.reportId, [...(byReport.get(answer.reportId) ?? []), answer]);
    }
    const order = (row: DueRow) => (row.payload as HeldAnswerPayload).n;
    return shuffled([...byReport.values()]).flatMap((group) => group.sort((a, b) => order(a) - order(b)));
  }

  private async releaseReport(tx: Queryable, row: DueRow): Promise<AuditEntryInput> {
    const { passphraseHash, ...fields } = row.payload as HeldReportPayload;
    const at = midnightOf(row.day);
    const released = await this.reports.insert(tx, {
      id: row.reportId,
      identityMode: IdentityMode.ANONYMOUS,
      reporterId: null,
      fields,
      receiptCode: row.receiptCode!,
      passphraseHash,
      idempotencyKeyHash: row.keyHash,
      at,
    });
    // The inbox and the reports share receipt codes and keys under the release lock: a clash must stop the batch, never drop a report.
    if (!released) throw new Error('A held report clashes with a released one');
    const after = { identityMode: IdentityMode.ANONYMOUS, status: ReportStatus.RECEIVED };
    return releasedEntry(at, { action: 'reportPracticeGap', entityType: 'PracticeGapReport', entityId: row.reportId, after });
  }

  private async releaseAnswer(tx: Queryable, row: DueRow): Promise<AuditEntryInput> {
    const at = midnightOf(row.day);
    await this.reports.lockForMessage(tx, row.reportId);
    await this.messages.append(tx, {
      id: row.id,
      reportId: row.reportId,
      authorKind: ReportMessageAuthor.REPORTER,
      boardAuthorId: null,
      body: (row.payload as HeldAnswerPayload).body,
      at,
    });
    const after = { reportId: row.reportId, authorKind: ReportMessageAuthor.REPORTER };
    return releasedEntry(at, { action: 'answerReport', entityType: 'ReportMessage', entityId: row.id, after });
  }
}
