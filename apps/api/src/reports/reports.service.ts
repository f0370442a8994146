import { ReportStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from '../accounts/accounts.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, NotFoundError } from '../platform/graphql/errors';
import { Connection, decodeCursor, toConnection } from '../platform/database/cursor';
import { RecommendationEntity } from '../recommendations/recommendations.entity';
import { NOW } from './anonymity';
import { refusePatientData } from './patient-data-check';
import { PracticeGapReportEntity, ReportStatusChangeEntity } from './reports.entity';
import type { SetReportStatusInput } from './reports.inputs';
import { StatusChange, statusChangeErrors } from './reports.lifecycle';

export type ReportConnection = Connection<PracticeGapReportEntity> & { totalCount: number };

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** For the board: newest first, by keyset on (created_at, id), optionally of one status. */
  async list(first: number, after?: string | null, status?: ReportStatus | null): Promise<ReportConnection> {
    const query = this.db
      .getRepository(PracticeGapReportEntity)
      .createQueryBuilder('r')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC');
    if (status) query.where('r.status = :status', { status });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, { value: 'timestamp', id: 'uuid' });
      query.andWhere('(r.created_at, r.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.limit(first + 1).getMany();
    return { ...toConnection(rows, first, (row) => row.createdAt.toISOString()), totalCount };
  }

  async find(id: string): Promise<PracticeGapReportEntity> {
    const report = await this.db.manager.findOneBy(PracticeGapReportEntity, { id });
    if (!report) throw new NotFoundError('Report');
    return report;
  }

  /** The open and confidential reports the actor sent, newest first. Anonymous ones are tied to nobody. */
  listOwn(actor: Actor): Promise<PracticeGapReportEntity[]> {
    return this.db.manager.find(PracticeGapReportEntity, {
      where: { reporterId: actor.accountId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  async setStatus(actor: Actor, input: SetReportStatusInput): Promise<PracticeGapReportEntity> {
    const change: StatusChange = { status: input.status, note: input.note ?? null, recommendationId: input.recommendationId ?? null };
    refusePatientData([['note', change.note]]);
    return this.db.transaction(async (manager) => {
      const report = await manager.findOne(PracticeGapReportEntity, { where: { id: input.reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new NotFoundError('Report');
      const errors = statusChangeErrors(report.status, change);
      if (!errors.length && change.recommendationId && !(await manager.existsBy(RecommendationEntity, { id: change.recommendationId }))) {
        errors.push({ field: 'recommendationId', message: 'Choose a recommendation that exists' });
      }
      if (errors.length) throw new BadUserInputError(errors);
      await manager.query(
        `UPDATE practice_gap_reports SET status = $2, status_note = $3, recommendation_id = $4, updated_at = ${NOW} WHERE id = $1`,
        [report.id, change.status, change.note, change.recommendationId],
      );
      await manager.query(
        `INSERT INTO report_status_changes (report_id, from_status, to_status, note, actor_id, created_at)
         VALUES ($1, $2, $3, $4, $5, ${NOW})`,
        [report.id, report.status, change.status, change.note, actor.accountId],
      );
      await this.audit.record(manager, {
        actor,
        action: 'setReportStatus',
        entityType: 'PracticeGapReport',
        entityId: report.id,
        before: { status: report.status, statusNote: report.statusNote, recommendationId: report.recommendationId },
        after: { status: change.status, statusNote: change.note, recommendationId: change.recommendationId },
      });
      return manager.findOneByOrFail(PracticeGapReportEntity, { id: report.id });
    });
  }

  /** Oldest first; the first row of an anonymous report is dated to the day, before any board change that day. */
  historyOf(reportIds: readonly string[]): Promise<ReportStatusChangeEntity[]> {
    return this.db
      .getRepository(ReportStatusChangeEntity)
      .createQueryBuilder('c')
      .where('c.report_id IN (:...reportIds)', { reportIds })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.from_status IS NOT NULL', 'ASC')
      .getMany();
  }

  accounts(ids: readonly string[]): Promise<AccountEntity[]> {
    return this.db.manager.findBy(AccountEntity, { id: In([...ids]) });
  }
}
