import { LIMITS, tooLongMessage } from './limits';
import { IdeaStatus } from './statuses';

/** Who an idea would help; an idea names one or more. */
export enum Benefit {
  PATIENT_OUTCOMES = 'PATIENT_OUTCOMES',
  PATIENT_EXPERIENCE = 'PATIENT_EXPERIENCE',
  STAFF_TIME_AND_WELLBEING = 'STAFF_TIME_AND_WELLBEING',
  VALUE_FOR_MONEY = 'VALUE_FOR_MONEY',
}

export const BENEFIT_LABELS: Record<Benefit, string> = {
  [Benefit.PATIENT_OUTCOMES]: 'Patient outcomes',
  [Benefit.PATIENT_EXPERIENCE]: 'Patient experience',
  [Benefit.STAFF_TIME_AND_WELLBEING]: 'Staff time and wellbeing',
  [Benefit.VALUE_FOR_MONEY]: 'Value for money',
};

export enum IdeaSort {
  NEWEST = 'NEWEST',
  MOST_ENDORSED = 'MOST_ENDORSED',
  /** Most endorsements in the last 14 days. */
  TRENDING = 'TRENDING',
  /** Best match first; the default when searching. */
  RELEVANCE = 'RELEVANCE',
}

export const TRENDING_WINDOW_DAYS = 14;

export enum ContentType {
  IDEA = 'IDEA',
  COMMENT = 'COMMENT',
}

export enum ModerationDecision {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}

/**
 * Where the chair or an administrator may move an idea next. DRAFT → SUBMITTED is the
 * author's submitIdea and MERGED is mergeIdea, so neither is a target here.
 */
export const NEXT_IDEA_STATUSES: Readonly<Partial<Record<IdeaStatus, readonly IdeaStatus[]>>> = {
  [IdeaStatus.SUBMITTED]: [IdeaStatus.UNDER_REVIEW, IdeaStatus.DECLINED],
  [IdeaStatus.UNDER_REVIEW]: [IdeaStatus.SHORTLISTED, IdeaStatus.DECLINED],
  [IdeaStatus.SHORTLISTED]: [IdeaStatus.ADOPTED_INTO_RECOMMENDATION, IdeaStatus.UNDER_REVIEW, IdeaStatus.DECLINED],
  // A declined idea can be looked at again, e.g. when new evidence comes in.
  [IdeaStatus.DECLINED]: [IdeaStatus.UNDER_REVIEW],
};

/** What a person is told about the idea form; the web checks first and the API checks again with these words. */
export const IDEA_MESSAGES = {
  titleMissing: 'Enter a title for your idea',
  // Said by the API's refusal and by the edit page, which adds the full stop of a sentence in the error summary.
  reviewStarted: 'The board has started to review this idea, so it can no longer be edited',
  titleTooLong: tooLongMessage('Title', LIMITS.ideaTitleMax),
  summaryMissing: 'Enter a summary of your idea',
  summaryTooLong: tooLongMessage('Summary', LIMITS.ideaSummaryMax),
  problemMissing: 'Describe the problem today',
  problemTooLong: tooLongMessage('The problem today', LIMITS.longTextMax),
  proposalMissing: 'Describe the change you propose',
  proposalTooLong: tooLongMessage('The proposed change', LIMITS.longTextMax),
  benefitsMissing: 'Select who would benefit',
  themeMissing: 'Select a theme',
  themeUnknown: 'Select a theme from the list',
  evidenceTooMany: `Add no more than ${LIMITS.evidenceLinksMax} evidence links`,
  tagsTooMany: `Add no more than ${LIMITS.tagsMax} tags`,
  tagTooLong: tooLongMessage('Each tag', LIMITS.tagMax),
  commentMissing: 'Enter your comment',
  commentTooLong: tooLongMessage('Comment', LIMITS.commentMax),
  reasonMissing: 'Enter a reason',
  reasonTooLong: tooLongMessage('Reason', LIMITS.reasonMax),
  declineReasonMissing: 'Enter the reason for declining the idea',
} as const;

/** Tags as stored: trimmed, lower case, each once, in the order first given. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag.length > 0))];
}
