import { DynamicModule, Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ThemesModule } from '../themes/themes.module';
import { AnonymousInbox } from './anonymous-inbox';
import { AnonymousRelease, RELEASE_OPTIONS, ReleaseOptions } from './anonymous-release';
import { ReceiptAccessService } from './receipt-access.service';
import { ReportFieldsResolver } from './report-fields.resolver';
import { ReportMessagesService } from './report-messages.service';
import { ReportSubmissionService } from './report-submission.service';
import { ReporterLoader, ReportHistoryLoader, ReportMessagesLoader } from './reports.loaders';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [OrganisationsModule, ThemesModule],
  providers: [
    ReportsService,
    AnonymousInbox,
    AnonymousRelease,
    ReportSubmissionService,
    ReportMessagesService,
    ReceiptAccessService,
    ReportMessagesLoader,
    ReportHistoryLoader,
    ReporterLoader,
    ReportsResolver,
    ReportFieldsResolver,
  ],
})
export class ReportsModule {
  static forRoot(release: ReleaseOptions): DynamicModule {
    return { module: ReportsModule, providers: [{ provide: RELEASE_OPTIONS, useValue: release }] };
  }
}
