import { Injectable, Scope } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { AccountProfile } from '../accounts/accounts.repository';
import { loaderByKey, loaderGroupedBy } from '../platform/graphql/loaders';
import { ReportMessageRow, ReportMessagesService } from './report-messages.service';
import type { ReportStatusChangeEntity } from './reports.entity';
import { ReportsService } from './reports.service';

/** The per-request loaders behind a report's fields: a page of reports costs one query for each, not one per report. */
@Injectable({ scope: Scope.REQUEST })
export class ReportLoaders {
  readonly messages: DataLoader<string, ReportMessageRow[]>;
  readonly history: DataLoader<string, ReportStatusChangeEntity[]>;
  /** Only ever asked for ids that reports.visibility.ts let through. */
  readonly reporters: DataLoader<string, AccountProfile | null>;

  constructor(messages: ReportMessagesService, reports: ReportsService) {
    this.messages = loaderGroupedBy(
      (reportIds) => messages.messagesOf(reportIds),
      (row) => row.reportId,
    );
    this.history = loaderGroupedBy(
      (reportIds) => reports.historyOf(reportIds),
      (row) => row.reportId,
    );
    this.reporters = loaderByKey(
      (ids) => reports.reporters(ids),
      (account) => account.id,
    );
  }
}
