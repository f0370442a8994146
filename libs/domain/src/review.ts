import { LIMITS, tooLongMessage } from './limits';
import { ReportStatus } from './reports';
import { Role } from './roles';
import { IdeaStatus } from './statuses';

/** The roles that make someone a member of the board, who reviews and votes; administrators run the hub but are not members. */
export const BOARD_ROLES: readonly Role[] = [Role.CHAIR, Role.BOARD_MEMBER];

/** What the board reviews: an idea, or a report of a best-practice gap. */
export enum ReviewItemKind {
  IDEA = 'IDEA',
  REPORT = 'REPORT',
}

/** Ideas awaiting triage or review: once adopted, declined or merged they leave the queue. */
export const REVIEWABLE_IDEA_STATUSES: readonly IdeaStatus[] = [IdeaStatus.SUBMITTED, IdeaStatus.UNDER_REVIEW, IdeaStatus.SHORTLISTED];

/** Reports still open: once addressed, referred elsewhere or closed they leave the queue. */
export const REVIEWABLE_REPORT_STATUSES: readonly ReportStatus[] = [
  ReportStatus.RECEIVED,
  ReportStatus.ACKNOWLEDGED,
  ReportStatus.UNDER_REVIEW,
];

/** The rubric, in the order the form asks it; each is scored from 1 to 5. */
export const REVIEW_CRITERIA = ['patientOutcomes', 'patientExperience', 'staff', 'feasibility', 'evidence', 'openStandards'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

export const REVIEW_CRITERION_LABELS: Record<ReviewCriterion, string> = {
  patientOutcomes: 'Impact on patient outcomes',
  patientExperience: 'Impact on patient experience',
  staff: 'Impact on staff',
  feasibility: 'Feasibility',
  evidence: 'Strength of evidence',
  openStandards: 'Fit with open standards and interoperability',
};

/** Links in notifications and pages use the kind in lower case: /board/review/idea/<id>. */
export function reviewItemPath(kind: ReviewItemKind, id: string): string {
  return `/board/review/${kind.toLowerCase()}/${id}`;
}

export const REVIEW_MESSAGES = {
  scoreOutOfRange: (criterion: ReviewCriterion) =>
    `Score ${REVIEW_CRITERION_LABELS[criterion].toLowerCase()} from ${LIMITS.reviewScoreMin} to ${LIMITS.reviewScoreMax}`,
  commentMissing: 'Enter a comment explaining your scores',
  commentTooLong: tooLongMessage('Comment', LIMITS.commentMax),
  noteMissing: 'Enter your note to the board',
  noteTooLong: tooLongMessage('Note', LIMITS.commentMax),
  memberNotOnBoard: 'Select a member of the board: only board members and the chair review',
  statusUnknown: 'Select a status from the list',
} as const;
