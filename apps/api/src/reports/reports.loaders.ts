import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AccountEntity } from '../accounts/accounts.entity';
import { ReportMessageRow, ReportMessagesService } from './report-messages.service';
import type { ReportStatusChangeEntity } from './reports.entity';
import { ReportsService } from './reports.service';

function groupedBy<T extends { reportId: string }>(reportIds: readonly string[], rows: T[]): T[][] {
  const byReport = new Map<string, T[]>(reportIds.map((id) => [id, []]));
  for (const row of rows) byReport.get(row.reportId)?.push(row);
  return reportIds.map((id) => byReport.get(id)!);
}

/** One query per request for the conversations of a page of reports. */
@Injectable({ scope: Scope.REQUEST })
export class ReportMessagesLoader extends DataLoader<string, ReportMessageRow[]> {
  constructor(messages: ReportMessagesService) {
    super(async (reportIds) => groupedBy(reportIds, await messages.messagesOf(reportIds)));
  }
}

@Injectable({ scope: Scope.REQUEST })
export class ReportHistoryLoader extends DataLoader<string, ReportStatusChangeEntity[]> {
  constructor(reports: ReportsService) {
    super(async (reportIds) => groupedBy(reportIds, await reports.historyOf(reportIds)));
  }
}

/** Only ever asked for ids that reports.visibility.ts let through. */
@Injectable({ scope: Scope.REQUEST })
export class ReporterLoader extends DataLoader<string, AccountEntity | null> {
  constructor(reports: ReportsService) {
    super(async (ids) => {
      const byId = new Map((await reports.accounts(ids)).map((account) => [account.id, account]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
