export enum IdeaStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SHORTLISTED = 'SHORTLISTED',
  ADOPTED_INTO_RECOMMENDATION = 'ADOPTED_INTO_RECOMMENDATION',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
}

export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  [IdeaStatus.DRAFT]: 'Draft',
  [IdeaStatus.SUBMITTED]: 'Submitted',
  [IdeaStatus.UNDER_REVIEW]: 'Under review',
  [IdeaStatus.SHORTLISTED]: 'Shortlisted',
  [IdeaStatus.ADOPTED_INTO_RECOMMENDATION]: 'Adopted into a recommendation',
  [IdeaStatus.DECLINED]: 'Declined',
  [IdeaStatus.MERGED]: 'Merged',
};

export enum RecommendationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
