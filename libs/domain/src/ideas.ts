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
