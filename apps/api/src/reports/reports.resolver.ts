import { Action } from '@ideas-hub/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../platform/auth/actor';
import { Allow } from '../platform/auth/allow.decorator';
import { ReportMessagesService } from './report-messages.service';
import { ReportSubmissionService } from './report-submission.service';
import { ReceiptAccessService } from './receipt-access.service';
import {
  AnswerReportArgs,
  ReceiptArgs,
  ReplyToReportArgs,
  ReportIdArgs,
  ReportPracticeGapInput,
  ReportsPageArgs,
  SetReportStatusInput,
} from './reports.inputs';
import { PracticeGapReportConnection, PracticeGapReportModel, ReportMessageModel, ReportReceiptModel } from './reports.models';
import { ReportsService } from './reports.service';
import { ReportView, visibleReporterId } from './reports.visibility';

@Resolver(() => PracticeGapReportModel)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly submission: ReportSubmissionService,
    private readonly messages: ReportMessagesService,
    private readonly receipts: ReceiptAccessService,
  ) {}

  @Query(() => PracticeGapReportConnection, {
    description: 'For the board: newest first. A confidential reporter is never named in the list.',
  })
  @Allow(Action.ReadReports)
  async practiceGapReports(@Args() args: ReportsPageArgs, @CurrentActor() actor: Actor): Promise<PracticeGapReportConnection> {
    const connection = await this.reports.list(args.first, args.after, args.status);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({
        ...edge,
        node: PracticeGapReportModel.from(edge.node, visibleReporterId(edge.node, actor, ReportView.LIST)),
      })),
    };
  }

  @Query(() => PracticeGapReportModel, { description: 'For the board; the chair and administrators see who sent a confidential report.' })
  @Allow(Action.ReadReports)
  async practiceGapReport(@Args() { id }: ReportIdArgs, @CurrentActor() actor: Actor): Promise<PracticeGapReportModel> {
    const report = await this.reports.find(id);
    return PracticeGapReportModel.from(report, visibleReporterId(report, actor, ReportView.DETAIL));
  }

  @Query(() => [PracticeGapReportModel], { description: 'The open and confidential reports the signed-in account sent, newest first.' })
  @Allow(Action.ReadOwnReports)
  async myReports(@CurrentActor() actor: Actor): Promise<PracticeGapReportModel[]> {
    return (await this.reports.listOwn(actor)).map((report) =>
      PracticeGapReportModel.from(report, visibleReporterId(report, actor, ReportView.LIST)),
    );
  }

  @Query(() => PracticeGapReportModel, {
    description: 'An anonymous reporter reads their report, its status and the board’s replies. Never names the reporter.',
  })
  @Allow(Action.FollowOwnReport)
  async reportStatus(@Args() { receipt, passphrase }: ReceiptArgs): Promise<PracticeGapReportModel> {
    const report = await this.receipts.open(receipt, passphrase);
    const held = 'boardSeesOn' in report;
    return Object.assign(PracticeGapReportModel.from(report, null), {
      held,
      boardSeesOn: held ? report.boardSeesOn : null,
      heldAnswers: await this.messages.heldAnswersOf(report.id),
    });
  }

  @Mutation(() => ReportReceiptModel, {
    description: 'Returns the receipt code, and for an anonymous report the passphrase, shown only this once.',
  })
  @Allow(Action.ReportPracticeGap)
  async reportPracticeGap(@Args('input') input: ReportPracticeGapInput, @CurrentActor() actor: Actor | null): Promise<ReportReceiptModel> {
    return Object.assign(new ReportReceiptModel(), await this.submission.submit(input, actor));
  }

  @Mutation(() => ReportMessageModel, { description: 'The board, or the named reporter of that report.' })
  @Allow(Action.ReplyToReport)
  async replyToReport(@Args() { reportId, body }: ReplyToReportArgs, @CurrentActor() actor: Actor): Promise<ReportMessageModel> {
    const message = await this.messages.reply(actor, reportId, body);
    return ReportMessageModel.from(message, message.authorName);
  }

  @Mutation(() => ReportMessageModel, { description: 'The anonymous reporter answers the board, with their receipt and passphrase.' })
  @Allow(Action.FollowOwnReport)
  async answerReport(@Args() { receipt, passphrase, body }: AnswerReportArgs): Promise<ReportMessageModel> {
    const message = await this.messages.answer(receipt, passphrase, body);
    return ReportMessageModel.from(message, message.authorName);
  }

  @Mutation(() => PracticeGapReportModel)
  @Allow(Action.SetReportStatus)
  async setReportStatus(@Args('input') input: SetReportStatusInput, @CurrentActor() actor: Actor): Promise<PracticeGapReportModel> {
    const report = await this.reports.setStatus(actor, input);
    return PracticeGapReportModel.from(report, visibleReporterId(report, actor, ReportView.DETAIL));
  }
}
