import { ReportMessageAuthor } from '@ideas-hub/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationLoader } from '../organisations/organisations.loaders';
import { OrganisationModel } from '../organisations/organisations.models';
import { ThemeLoader } from '../themes/themes.loaders';
import { ThemeModel } from '../themes/themes.models';
import { ReportLoaders } from './reports.loaders';
import { PracticeGapReportModel, ReporterModel, ReportMessageModel, ReportStatusChangeModel } from './reports.models';

/** The parts of a report loaded on demand, a page at a time. Who sent it comes only from `visibleReporterId`. */
@Resolver(() => PracticeGapReportModel)
export class ReportFieldsResolver {
  constructor(
    private readonly loaders: ReportLoaders,
    private readonly organisations: OrganisationLoader,
    private readonly themes: ThemeLoader,
  ) {}

  @ResolveField(() => ReporterModel, { nullable: true, description: 'Null wherever the viewer may not know who sent the report.' })
  async reporter(@Parent() report: PracticeGapReportModel): Promise<ReporterModel | null> {
    const account = report.visibleReporterId ? await this.loaders.reporters.load(report.visibleReporterId) : null;
    return account ? ReporterModel.from(account) : null;
  }

  @ResolveField(() => [ReportMessageModel], { description: 'Oldest first.' })
  async messages(@Parent() report: PracticeGapReportModel): Promise<ReportMessageModel[]> {
    const [released, reporter] = await Promise.all([
      report.held ? [] : this.loaders.messages.load(report.id),
      report.visibleReporterId ? this.loaders.reporters.load(report.visibleReporterId) : null,
    ]);
    const rows = [...released, ...(report.heldAnswers ?? [])];
    return rows.map((row) =>
      ReportMessageModel.from(row, row.authorKind === ReportMessageAuthor.BOARD ? row.boardAuthorName : (reporter?.name ?? null)),
    );
  }

  @ResolveField(() => [ReportStatusChangeModel], { description: 'Oldest first.' })
  async history(@Parent() report: PracticeGapReportModel): Promise<ReportStatusChangeModel[]> {
    // A held report has only its first status, dated like everything of it to the day.
    if (report.held)
      return [
        Object.assign(new ReportStatusChangeModel(), { fromStatus: null, toStatus: report.status, note: null, at: report.createdAt }),
      ];
    return (await this.loaders.history.load(report.id)).map(ReportStatusChangeModel.from);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'From the ODS list.' })
  async organisation(@Parent() report: PracticeGapReportModel): Promise<OrganisationModel | null> {
    const organisation = report.organisationOdsCode ? await this.organisations.load(report.organisationOdsCode) : null;
    return organisation ? OrganisationModel.from(organisation) : null;
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  async theme(@Parent() report: PracticeGapReportModel): Promise<ThemeModel | null> {
    const theme = report.themeId ? await this.themes.load(report.themeId) : null;
    return theme ? ThemeModel.from(theme) : null;
  }
}
