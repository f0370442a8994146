import { IdeaStatus, Profession, ReviewItemKind, Role } from '@ideas-hub/domain';
import type {
  BoardMemberProfileFragment,
  ReviewQueueItemFragment,
  ReviewScoresFragment,
  ReviewSummaryDetailFragment,
} from '../graphql/generated/graphql';
import { anIdea } from '../ideas/testing';

/** Test data for the board's pages, shaped as the API answers. */
export const MARTIN = { id: 'm1', name: 'Prof. Martin Okafor' };
export const SARAH = { id: 'm2', name: 'Sarah Lindqvist' };
export const PRIYA = { id: 'm3', name: 'Dr Priya Shah' };

export function signedInAs(person: { id: string; name: string }, ...roles: Role[]) {
  return {
    data: {
      me: {
        id: person.id,
        name: person.name,
        email: `${person.id}@example.nhs.uk`,
        profession: Profession.ACADEMIC,
        organisation: null,
        roles: [Role.CONTRIBUTOR, ...roles],
      },
    },
  };
}

export const IDEA = anIdea({ id: 'c0ffee00-0000-4000-8000-00000000000a', status: IdeaStatus.SUBMITTED });

export function aQueueItem(overrides: Partial<ReviewQueueItemFragment> = {}): ReviewQueueItemFragment {
  return {
    kind: ReviewItemKind.IDEA,
    id: IDEA.id,
    title: IDEA.title,
    status: IdeaStatus.SUBMITTED,
    submittedAt: '2026-03-03T10:00:00Z',
    theme: { id: 't1', name: 'Interoperability' },
    reviewers: [],
    reviewCount: 0,
    reviewedByMe: false,
    assignedToMe: false,
    ...overrides,
  };
}

export function aReview(reviewer: { id: string; name: string }, score: number, comment = 'Strong case.'): ReviewScoresFragment {
  return {
    id: `review-${reviewer.id}`,
    reviewer,
    patientOutcomes: score,
    patientExperience: score,
    staff: score,
    feasibility: score,
    evidence: score,
    openStandards: score,
    comment,
    submittedAt: '2026-03-05T10:00:00Z',
  };
}

export function aSummary(overrides: Partial<ReviewSummaryDetailFragment> = {}): ReviewSummaryDetailFragment {
  return {
    itemKind: ReviewItemKind.IDEA,
    itemId: IDEA.id,
    reviewCount: 0,
    canSeeScores: false,
    means: null,
    reviews: [],
    myReview: null,
    ...overrides,
  };
}

/** What the item page asks besides the item itself. */
export function reviewWork(summary = aSummary(), queued: ReviewQueueItemFragment | null = aQueueItem()) {
  return { data: { reviews: summary, boardDiscussion: [], reviewQueue: { items: queued ? [queued] : [] } } };
}

export const BOARD: BoardMemberProfileFragment[] = [
  {
    id: PRIYA.id,
    name: PRIYA.name,
    profession: Profession.CLINICIAN,
    organisation: 'HealthTech Advisory Board',
    roles: [Role.BOARD_MEMBER, Role.CHAIR],
    interests: [],
  },
  {
    id: MARTIN.id,
    name: MARTIN.name,
    profession: Profession.ACADEMIC,
    organisation: 'University of Leeds',
    roles: [Role.BOARD_MEMBER],
    interests: [{ id: 'i1', organisation: 'Acme Health Ltd', nature: 'Paid advisory role', from: '2025-04-01', to: null }],
  },
  { id: SARAH.id, name: SARAH.name, profession: Profession.TECH_EXPERT, organisation: null, roles: [Role.BOARD_MEMBER], interests: [] },
];
