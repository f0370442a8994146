import { ReviewItemKind } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { seesHidden } from '../ideas/idea-access.rules';
import { IdeasRepository } from '../ideas/ideas.repository';
import type { Actor } from '../platform/auth/actor';
import type { Queryable } from '../platform/database/database.service';
import { ReportsRepository } from '../reports/reports.repository';
import type { ReviewItemRef } from './reviews.inputs';
import { itemNotFound, ReviewTarget } from './reviews.rules';

/** An idea or report the board works on, with just what the review rules and the queue need. */
/** The items the board reviews belong to ideas and reports: asked of them, never read from their tables. */
@Injectable()
export class ReviewTargetsService {
  constructor(
    private readonly ideas: IdeasRepository,
    private readonly reports: ReportsRepository,
  ) {}

  /** The item as the board may see it: never a draft, and a hidden idea only for moderators. */
  async find(db: Queryable, actor: Actor, ref: ReviewItemRef): Promise<ReviewTarget> {
    const target = await this.read(db, ref);
    if (!target || (target.hidden && !seesHidden(actor))) throw itemNotFound(ref.kind);
    return target;
  }

  private async read(db: Queryable, { kind, id }: ReviewItemRef): Promise<ReviewTarget | undefined> {
    if (kind === ReviewItemKind.IDEA) {
      const idea = await this.ideas.findSubmitted(db, id);
      return idea && { kind, ...idea };
    }
    const report = await this.reports.findSummary(db, id);
    return (
      report && {
        kind,
        id: report.id,
        title: report.guidance,
        status: report.status,
        hidden: false,
        submittedAt: report.createdAt,
        themeId: report.themeId,
      }
    );
  }
}
