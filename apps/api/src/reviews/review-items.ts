import {
  ConflictReason,
  IDEA_STATUS_LABELS,
  IdeaStatus,
  REPORT_STATUS_LABELS,
  ReportStatus,
  REVIEWABLE_IDEA_STATUSES,
  REVIEWABLE_REPORT_STATUSES,
  ReviewItemKind,
} from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { seesHidden } from '../ideas/idea-access.rules';
import type { Actor } from '../platform/auth/actor';
import { ConflictError, NotFoundError } from '../platform/graphql/errors';
import type { ReviewItemRef } from './reviews.inputs';

/** An idea or report the board works on, with just what the review rules need. */
export interface ReviewTarget {
  kind: ReviewItemKind;
  id: string;
  title: string;
  status: string;
  hidden: boolean;
}

const FIND: Record<ReviewItemKind, string> = {
  [ReviewItemKind.IDEA]: `SELECT id, title, status, hidden_at IS NOT NULL AS hidden FROM ideas WHERE id = $1 AND status <> '${IdeaStatus.DRAFT}'`,
  [ReviewItemKind.REPORT]: `SELECT id, guidance AS title, status, false AS hidden FROM practice_gap_reports WHERE id = $1`,
};

const NOUN: Record<ReviewItemKind, string> = { [ReviewItemKind.IDEA]: 'idea', [ReviewItemKind.REPORT]: 'report' };

/** The item as the board may see it: never a draft, and a hidden idea only for moderators. */
export async function findReviewTarget(manager: EntityManager, actor: Actor, ref: ReviewItemRef): Promise<ReviewTarget> {
  const [row] = await manager.query(FIND[ref.kind], [ref.id]);
  if (!row || (row.hidden && !seesHidden(actor))) throw new NotFoundError(ref.kind === ReviewItemKind.IDEA ? 'Idea' : 'Report');
  return { kind: ref.kind, ...row };
}

/** Reviews and assignments are for items still in the queue; discussion may go on afterwards. */
export function assertReviewable(target: ReviewTarget): void {
  if (target.hidden) throw new ConflictError(ConflictReason.HIDDEN, 'This idea has been hidden by a moderator');
  const awaiting =
    target.kind === ReviewItemKind.IDEA
      ? REVIEWABLE_IDEA_STATUSES.includes(target.status as IdeaStatus)
      : REVIEWABLE_REPORT_STATUSES.includes(target.status as ReportStatus);
  if (!awaiting) {
    const label =
      target.kind === ReviewItemKind.IDEA
        ? IDEA_STATUS_LABELS[target.status as IdeaStatus]
        : REPORT_STATUS_LABELS[target.status as ReportStatus];
    throw new ConflictError(
      ConflictReason.WRONG_STATUS,
      `This ${NOUN[target.kind]} is no longer awaiting review: it is ${label.toLowerCase()}`,
      {
        status: target.status,
      },
    );
  }
}

export function describeTarget(target: ReviewTarget): string {
  return target.kind === ReviewItemKind.IDEA ? `the idea “${target.title}”` : `the report on “${target.title}”`;
}
