import { ImplementationStatus, Profession, RecommendationStatus, Role, VoteChoice, VoteResult } from '@ideas-hub/domain';
import type {
  BoardRecommendationQuery,
  PublicRecommendationQuery,
  RecommendationTextFragment,
  VoteDetailFragment,
  VoteRecordDetailFragment,
} from '../graphql/generated/graphql';

/** Test data for the recommendation pages, shaped as the API answers. */
export const person = (id: string, name: string, roles: Role[]) => ({
  id,
  name,
  email: `${id}@example.nhs.uk`,
  profession: Profession.CLINICIAN,
  organisation: null,
  roles: [Role.CONTRIBUTOR, ...roles],
});
export const CHAIR = person('chair', 'Priya Shah', [Role.BOARD_MEMBER, Role.CHAIR]);
export const MEMBER = person('member', 'Martin Okafor', [Role.BOARD_MEMBER]);
export const READER = person('reader', 'Asha Patel', []);
export const signedIn = (me: ReturnType<typeof person> | null) => ({ data: { me } });

export const THEMES = [
  { id: 't1', name: 'Interoperability', slug: 'interoperability' },
  { id: 't2', name: 'Workforce', slug: 'workforce' },
];

const author = (id: string, name: string) => ({ id, name, profession: Profession.TECH_EXPERT });

export function aRecommendation(overrides: Partial<RecommendationTextFragment> = {}): RecommendationTextFragment {
  return {
    id: 'r1',
    title: 'Adopt open standards for all new clinical systems',
    summary: 'Every new clinical system should exchange data through open standards.',
    rationale: 'Data is typed twice and lost between settings.',
    actions: [{ action: 'Make FHIR UK Core a condition of every contract', owner: 'NHS England commercial teams' }],
    audience: 'Trust boards and procurement leads',
    organisations: ['NHS England'],
    evidence: [{ label: 'FHIR UK Core', url: 'https://simplifier.net/hl7fhirukcorer4' }],
    theme: { id: 't1', name: 'Interoperability' },
    status: RecommendationStatus.DRAFT,
    version: 2,
    revisionNumber: 2,
    publishedAt: null,
    publishedRevision: null,
    reportCount: 0,
    reportIds: [],
    ideas: [{ id: 'i1', title: 'Require open APIs in every contract', author: author('a1', 'Jamie Clarke') }],
    ...overrides,
  };
}

export function aVoteRecord(overrides: Partial<VoteRecordDetailFragment> = {}): VoteRecordDetailFragment {
  return {
    result: VoteResult.PASSED,
    revisionNumber: 2,
    closedAt: '2026-03-02T17:00:00Z',
    quorum: 0.5,
    eligibleCount: 4,
    tally: { for: 1, against: 0, abstain: 1 },
    ballots: [
      { choice: VoteChoice.FOR, member: author('b1', 'Martin Okafor') },
      { choice: VoteChoice.ABSTAIN, member: author('b2', 'Sarah Lindqvist') },
      { choice: null, member: author('b3', 'Tom Evans') },
    ],
    ...overrides,
  };
}

export function aPublishedRecommendation(
  overrides: Partial<PublicRecommendationQuery['recommendation']> = {},
): PublicRecommendationQuery['recommendation'] {
  return {
    ...aRecommendation({ status: RecommendationStatus.PUBLISHED, publishedAt: '2026-03-03T10:00:00Z', publishedRevision: 2 }),
    implementationStatus: ImplementationStatus.ACCEPTED,
    implementationUpdates: [
      {
        status: ImplementationStatus.ACCEPTED,
        note: 'Contract templates will change.',
        effectiveDate: '2026-03-10',
        recordedAt: '2026-03-10T09:00:00Z',
      },
    ],
    followedByMe: false,
    voteRecord: aVoteRecord(),
    ...overrides,
  };
}

export function aVote(overrides: Partial<VoteDetailFragment> = {}): VoteDetailFragment {
  return {
    id: 'v1',
    revisionNumber: 2,
    openedAt: '2026-03-01T10:00:00Z',
    closesAt: '2026-03-02T17:00:00Z',
    closedAt: null,
    open: true,
    quorum: 0.5,
    result: null,
    myChoice: null,
    recusedMe: false,
    eligibleCount: 4,
    votesCast: 1,
    tally: null,
    ...overrides,
  };
}

/** The board's page of a draft: its text, revisions and votes. */
export function boardPage(
  votes: VoteDetailFragment[] = [],
  overrides: Partial<BoardRecommendationQuery['recommendation']> = {},
): { data: BoardRecommendationQuery } {
  return {
    data: {
      recommendation: {
        ...aRecommendation(),
        implementationStatus: null,
        implementationUpdates: [],
        conflicts: [],
        ...overrides,
      },
      recommendationRevisions: [
        { number: 1, createdAt: '2026-02-20T10:00:00Z', editor: { id: CHAIR.id, name: CHAIR.name } },
        { number: 2, createdAt: '2026-02-25T10:00:00Z', editor: { id: MEMBER.id, name: MEMBER.name } },
      ],
      votes,
    },
  };
}
