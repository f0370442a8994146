import { ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AccountProfile, AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database';
import { BadUserInputError, NotFoundError } from '../platform/graphql/errors';
import type { Connection } from '../platform/database/cursor';
import { RecommendationsRepository } from '../recommendations/recommendations.repository';
import { refusePatientData } from './patient-data-check';
import type { ReportStatusChangeEntity } from './reports.entity';
import type { SetReportStatusInput } from './reports.inputs';
import { StatusChange, statusChangeErrors } from './reports.lifecycle';
import { ReportsRepository, StoredReport } from './reports.repository';

export type ReportConnection = Connection<StoredReport> & { totalCount: number };

@Injectable()
export class ReportsService {
  constructor(
    private readonly database: Database,
    private readonly reports: ReportsRepository,
    private readonly recommendations: RecommendationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
  ) {}

  /** For the board: newest first, by keyset on (created_at, id), optionally of one status. */
  async list(first: number, after?: string | null, status?: ReportStatus | null): Promise<ReportConnection> {
    const totalCount = await this.reports.total(this.database.pool, status ?? null);
    return { ...(await this.reports.page(this.database.pool, first, after ?? null, status ?? null)), totalCount };
  }

  async find(id: string): Promise<StoredReport> {
    const report = await this.reports.find(this.database.pool, id);
    if (!report) throw new NotFoundError('Report');
    return report;
  }

  /** The open and confidential reports the actor sent, newest first. Anonymous ones are tied to nobody. */
  listOwn(actor: Actor): Promise<StoredReport[]> {
    return this.reports.ofReporter(this.database.pool, actor.accountId);
  }

  async setStatus(actor: Actor, input: SetReportStatusInput): Promise<StoredReport> {
    const change: StatusChange = { status: input.status, note: input.note ?? null, recommendationId: input.recommendationId ?? null };
    refusePatientData([['note', change.note]]);
    return this.database.transaction(async (tx) => {
      const report = await this.reports.find(tx, input.reportId, true);
      if (!report) throw new NotFoundError('Report');
      const errors = statusChangeErrors(report.status, change);
      if (!errors.length && change.recommendationId && !(await this.recommendations.exists(tx, change.recommendationId))) {
        errors.push({ field: 'recommendationId', message: 'Choose a recommendation that exists' });
      }
      if (errors.length) throw new BadUserInputError(errors);
      const updated = await this.reports.setStatus(tx, report, change, actor.accountId);
      await this.audit.record(tx, {
        actor,
        action: 'setReportStatus',
        entityType: 'PracticeGapReport',
        entityId: report.id,
        before: { status: report.status, statusNote: report.statusNote, recommendationId: report.recommendationId },
        after: { status: change.status, statusNote: change.note, recommendationId: change.recommendationId },
      });
      return updated;
    });
  }

  /** Oldest first; the first row of an anonymous report is dated to the day, before any board change that day. */
  historyOf(reportIds: readonly string[]): Promise<ReportStatusChangeEntity[]> {
    return this.reports.historyOf(this.database.pool, reportIds);
  }

  /** Only ever asked for ids that reports.visibility.ts let through. */
  reporters(ids: readonly string[]): Promise<AccountProfile[]> {
    return this.accounts.profiles(this.database.pool, ids);
  }
}
