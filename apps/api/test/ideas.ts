import { Benefit } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import type { HubClient, TestHub } from './hub';

/** Every field of an idea a client could ask for, related ones included. */
export const IDEA_FIELDS = `id title summary problem proposal benefits evidence { label url } tags theme { slug } status declinedReason
  mergedInto { id title } author { id name profession } version submittedAt createdAt updatedAt endorsementCount commentCount
  endorsedByMe followedByMe canEdit hidden history { fromStatus toStatus reason at } revisions { version title editedAt }
  comments { id body bodyHtml hidden author { name } replies { id body hidden author { name } } }`;

export const SAVE_DRAFT = `mutation ($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { ${IDEA_FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!) { submitIdea(id: $id) { ${IDEA_FIELDS} } }`;
export const EDIT = `mutation ($input: EditIdeaInput!) { editIdea(input: $input) { ${IDEA_FIELDS} } }`;
export const IDEA = `query ($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`;
export const MY_IDEAS = `{ myIdeas { id title status hidden } }`;
export const LIST = `query ($first: Int, $after: String, $query: String, $theme: String, $status: IdeaStatus,
  $profession: Profession, $tag: String, $sort: IdeaSort) {
  ideas(first: $first, after: $after, query: $query, theme: $theme, status: $status, profession: $profession, tag: $tag,
    sort: $sort) {
    totalCount
    edges { cursor node { id title headline endorsementCount commentCount status theme { slug } author { name profession } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const SIMILAR = `query ($title: String!) { similarIdeas(title: $title) { id title status endorsementCount similarity } }`;
export const SET_STATUS = `mutation ($id: ID!, $status: IdeaStatus!, $reason: String) {
  setIdeaStatus(id: $id, status: $status, reason: $reason) { ${IDEA_FIELDS} }
}`;
export const MERGE = `mutation ($duplicateId: ID!, $survivorId: ID!) {
  mergeIdea(duplicateId: $duplicateId, survivorId: $survivorId) { ${IDEA_FIELDS} }
}`;
export const ENDORSE = `mutation ($id: ID!) { endorseIdea(id: $id) { id endorsementCount endorsedByMe } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawEndorsement(id: $id) { id endorsementCount endorsedByMe } }`;
export const FOLLOW = `mutation ($id: ID!) { followIdea(id: $id) { id followedByMe } }`;
export const UNFOLLOW = `mutation ($id: ID!) { unfollowIdea(id: $id) { id followedByMe } }`;
export const COMMENT = `mutation ($input: AddCommentInput!) {
  addComment(input: $input) { id body bodyHtml hidden createdAt author { id name profession } replies { id } }
}`;
export const FLAG = `mutation ($input: FlagContentInput!) { flagContent(input: $input) }`;
export const MODERATE = `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) }`;
export const QUEUE = `{ moderationQueue { contentType contentId ideaId title excerpt hidden flagCount reasons lastFlaggedAt } }`;

/** A tag no other test uses: filtering a list by it shows only this test's ideas. */
export const uniqueTag = () => `t-${randomUUID().slice(0, 8)}`;

export async function themeId(hub: TestHub, slug = 'primary-care-systems'): Promise<string> {
  const [theme] = await hub.db.query(`SELECT id FROM themes WHERE slug = $1`, [slug]);
  return theme.id;
}

/** Everything submitIdea needs. */
export function completeIdea(theme: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Electronic referrals from community pharmacy to GP',
    summary: 'Let pharmacists refer patients to their GP electronically.',
    problem: 'Referrals are phoned or faxed and often lost.',
    proposal: 'Send structured referrals through the GP Connect messaging standard.',
    benefits: [Benefit.PATIENT_OUTCOMES, Benefit.STAFF_TIME_AND_WELLBEING],
    evidence: [{ label: 'Community Pharmacy Consultation Service', url: 'https://www.england.nhs.uk/primary-care/pharmacy/' }],
    themeId: theme,
    tags: [],
    ...overrides,
  };
}

/** Saves and submits an idea as `author`, returning its id. */
export async function submitIdea(author: HubClient, theme: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { saveIdeaDraft } = await author.ok(SAVE_DRAFT, { input: completeIdea(theme, overrides) });
  await author.ok(SUBMIT, { id: saveIdeaDraft.id });
  return saveIdeaDraft.id;
}

export const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
