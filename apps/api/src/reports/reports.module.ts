import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RecommendationsDataModule } from '../recommendations/recommendations-data.module';
import { ThemesModule } from '../themes/themes.module';
import { AnonymousInboxRepository } from './anonymous-inbox.repository';
import { AnonymousInboxService } from './anonymous-inbox.service';
import { AnonymousReleaseJob, RELEASE_OPTIONS, ReleaseOptions } from './anonymous-release.job';
import { ReceiptAccessService } from './receipt-access.service';
import { ReportFieldsResolver } from './report-fields.resolver';
import { ReportMessagesRepository } from './report-messages.repository';
import { ReportMessagesService } from './report-messages.service';
import { ReportSubmissionService } from './report-submission.service';
import { ReportLoaders } from './reports.loaders';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [AccountsModule, OrganisationsModule, RecommendationsDataModule, ThemesModule],
  providers: [
    ReportsRepository,
    ReportMessagesRepository,
    AnonymousInboxRepository,
    ReportsService,
    AnonymousInboxService,
    AnonymousReleaseJob,
    ReportSubmissionService,
    ReportMessagesService,
    ReceiptAccessService,
    ReportLoaders,
    ReportsResolver,
    ReportFieldsResolver,
  ],
})
export class ReportsModule {
  static forRoot(release: ReleaseOptions): DynamicModule {
    return { module: ReportsModule, providers: [{ provide: RELEASE_OPTIONS, useValue: release }] };
  }
}
