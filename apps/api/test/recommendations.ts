import type { HubClient, TestAccount, TestHub } from './hub';
import { submitIdea, themeId } from './ideas';

/** Every field of a recommendation a client could ask for, related ones included (not the vote record: votes own it). */
export const RECOMMENDATION_FIELDS = `id title summary rationale actions { action owner } audience organisations evidence { label url }
  theme { slug } status version revisionNumber publishedAt publishedRevision ideas { id title author { id name } } reportCount reportIds
  implementationStatus implementationUpdates { status note effectiveDate recordedAt } conflicts { member { id name } reason declaredAt }
  followedByMe headline`;

export const DRAFT = `mutation ($input: RecommendationInput!) { draftRecommendation(input: $input) { ${RECOMMENDATION_FIELDS} } }`;
export const REVISE = `mutation ($id: ID!, $expectedVersion: Int!, $input: RecommendationInput!) {
  reviseRecommendation(id: $id, expectedVersion: $expectedVersion, input: $input) { ${RECOMMENDATION_FIELDS} }
}`;
export const ONE = `query ($id: ID!) { recommendation(id: $id) { ${RECOMMENDATION_FIELDS} } }`;
export const DRAFTS = `{ draftRecommendations { id title status version } }`;
export const REVISIONS = `query ($id: ID!) {
  recommendationRevisions(id: $id) {
    number title summary rationale actions { action owner } audience organisations editor { id name } createdAt
  }
}`;
export const DECLARE = `mutation ($recommendationId: ID!, $reason: String!) {
  declareConflict(recommendationId: $recommendationId, reason: $reason) { id conflicts { member { id name } reason declaredAt } }
}`;
export const PUBLISH = `mutation ($id: ID!) { publishRecommendation(id: $id) { ${RECOMMENDATION_FIELDS} } }`;
export const UPDATE = `mutation ($recommendationId: ID!, $status: ImplementationStatus!, $note: String, $effectiveDate: String!) {
  recordImplementationUpdate(recommendationId: $recommendationId, status: $status, note: $note, effectiveDate: $effectiveDate) {
    ${RECOMMENDATION_FIELDS}
  }
}`;
export const FOLLOW = `mutation ($id: ID!) { followRecommendation(id: $id) { id followedByMe } }`;
export const UNFOLLOW = `mutation ($id: ID!) { unfollowRecommendation(id: $id) { id followedByMe } }`;
export const LIST = `query ($first: Int, $after: String, $query: String, $theme: String, $implementationStatus: ImplementationStatus) {
  recommendations(first: $first, after: $after, query: $query, theme: $theme, implementationStatus: $implementationStatus) {
    totalCount edges { cursor node { id title headline implementationStatus theme { slug } } } pageInfo { hasNextPage endCursor }
  }
}`;

/** A complete recommendation drawing on the given ideas and reports. */
export function recommendationInput(
  theme: string,
  sources: { ideaIds?: string[]; reportIds?: string[] },
  overrides: Record<string, unknown> = {},
) {
  return {
    title: 'Adopt FHIR UK Core for discharge summaries',
    summary: 'Every acute trust should send discharge summaries as structured FHIR documents.',
    rationale: 'Practices retype medication changes from PDFs, which takes time and causes errors.',
    actions: [{ action: 'Publish a national implementation guide', owner: 'NHS England' }],
    audience: 'Chief clinical information officers in acute trusts',
    themeId: theme,
    organisations: ['NHS England'],
    evidence: [{ label: 'PRSB eDischarge summary standard', url: 'https://theprsb.org/standards/edischargesummary/' }],
    ideaIds: sources.ideaIds ?? [],
    reportIds: sources.reportIds ?? [],
    ...overrides,
  };
}

export interface DraftedRecommendation {
  id: string;
  ideaId: string;
  themeId: string;
  version: number;
}

/** An idea submitted by `ideaAuthor` and a draft recommendation drawing on it, drafted by `member`. */
export async function draftWithIdea(
  hub: TestHub,
  member: HubClient,
  ideaAuthor: HubClient,
  overrides: Record<string, unknown> = {},
): Promise<DraftedRecommendation> {
  const theme = await themeId(hub, 'interoperability');
  const ideaId = await submitIdea(ideaAuthor, theme);
  const { draftRecommendation } = await member.ok(DRAFT, { input: recommendationInput(theme, { ideaIds: [ideaId] }, overrides) });
  return { id: draftRecommendation.id, ideaId, themeId: theme, version: draftRecommendation.version };
}

/** A closed vote on one revision, written straight to the table: the vote's own rules are the votes suite's business. */
export async function closedVote(
  hub: TestHub,
  recommendationId: string,
  revision: number,
  openedBy: string,
  result: 'PASSED' | 'REJECTED' | 'NO_QUORUM',
): Promise<string> {
  const [vote] = await hub.db.query(
    `INSERT INTO votes (recommendation_id, revision_number, quorum, opened_by, opened_at, closes_at, closed_at, result,
                        eligible_count, tally_for, tally_against, tally_abstain)
     VALUES ($1, $2, 0.5, $3, now() - interval '2 hours', now() - interval '1 hour', clock_timestamp(), $4, 1, $5, $6, 0) RETURNING id`,
    [recommendationId, revision, openedBy, result, result === 'PASSED' ? 1 : 0, result === 'REJECTED' ? 1 : 0],
  );
  return vote.id;
}

export async function openVote(hub: TestHub, recommendationId: string, revision: number, openedBy: string): Promise<string> {
  const [vote] = await hub.db.query(
    `INSERT INTO votes (recommendation_id, revision_number, quorum, opened_by, closes_at)
     VALUES ($1, $2, 0.5, $3, now() + interval '1 day') RETURNING id`,
    [recommendationId, revision, openedBy],
  );
  return vote.id;
}

/** A draft as drafted by `chair`, passed by a vote written straight to the table, then published through the API. */
export async function publishedWithIdea(
  hub: TestHub,
  chair: TestAccount,
  ideaAuthor: HubClient,
  overrides: Record<string, unknown> = {},
): Promise<DraftedRecommendation> {
  const draft = await draftWithIdea(hub, chair.client, ideaAuthor, overrides);
  await closedVote(hub, draft.id, 1, chair.id, 'PASSED');
  await chair.client.ok(PUBLISH, { id: draft.id });
  return draft;
}
