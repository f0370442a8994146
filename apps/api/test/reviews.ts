import { ReviewItemKind, Role } from '@ideas-hub/domain';
import type { AccountSpec, TestAccount, TestHub } from './hub';

/** Every field of a queue item, related ones included. */
export const ITEM_FIELDS = `kind id title status submittedAt theme { slug } reviewers { id name }
  reviewCount reviewedByMe assignedToMe`;
export const REVIEW_FIELDS = `id reviewer { id name }
  patientOutcomes patientExperience staff feasibility evidence openStandards comment submittedAt`;

export const QUEUE = `query ($kind: ReviewItemKind, $status: String, $assignedToMe: Boolean) {
  reviewQueue(kind: $kind, status: $status, assignedToMe: $assignedToMe) {
    items { ${ITEM_FIELDS} } counts { kind status count } totalCount
  }
}`;
export const QUEUED_ITEM = `query ($itemId: ID!, $kind: ReviewItemKind!) { reviewItem(itemId: $itemId, kind: $kind) { ${ITEM_FIELDS} } }`;
export const ASSIGN = `mutation ($item: ReviewItemRef!, $memberId: ID!) {
  assignReviewer(item: $item, memberId: $memberId) { ${ITEM_FIELDS} }
}`;
export const SUBMIT_REVIEW = `mutation ($input: SubmitReviewInput!) { submitReview(input: $input) { ${REVIEW_FIELDS} } }`;
export const REVIEWS = `query ($itemId: ID!, $kind: ReviewItemKind!) {
  reviews(itemId: $itemId, kind: $kind) {
    itemKind itemId reviewCount canSeeScores
    means { patientOutcomes patientExperience staff feasibility evidence openStandards }
    reviews { ${REVIEW_FIELDS} } myReview { ${REVIEW_FIELDS} }
  }
}`;
const NOTE_FIELDS = `id body createdAt author { id name }`;
export const DISCUSSION = `query ($itemId: ID!, $kind: ReviewItemKind!) {
  boardDiscussion(itemId: $itemId, kind: $kind) { ${NOTE_FIELDS} }
}`;
export const ADD_NOTE = `mutation ($item: ReviewItemRef!, $body: String!) { addBoardNote(item: $item, body: $body) { ${NOTE_FIELDS} } }`;
export const NOTIFICATIONS = `{ notifications { items { kind message link read } unreadCount } }`;

export const ref = (kind: ReviewItemKind, id: string) => ({ kind, id });

export interface BoardCast {
  chair: TestAccount;
  admin: TestAccount;
  author: TestAccount;
}

/**
 * Who the board's suites need: the chair, an administrator, an author, and board members under the keys and names given
 * (`{ member: 'Dr Ada Member' }`), registered before the suite's tests (see `TestHub.suiteAccounts`).
 */
export function boardCast<Key extends string>(hub: TestHub, members: Record<Key, string>): BoardCast & Record<Key, TestAccount> {
  const boardMembers = Object.fromEntries(Object.entries(members).map(([key, name]) => [key, { roles: [Role.BOARD_MEMBER], name }]));
  return hub.suiteAccounts({
    chair: { roles: [Role.BOARD_MEMBER, Role.CHAIR], name: 'Prof Grace Chair' },
    admin: { roles: [Role.ADMIN], name: 'Sam Admin' },
    author: [],
    ...(boardMembers as Record<Key, AccountSpec>),
  });
}

/** A complete review input: every criterion scored `score` unless overridden. */
export function reviewInput(item: { kind: ReviewItemKind; id: string }, score = 3, overrides: Record<string, unknown> = {}) {
  return {
    item,
    patientOutcomes: score,
    patientExperience: score,
    staff: score,
    feasibility: score,
    evidence: score,
    openStandards: score,
    comment: 'Strong case; the evidence is from one trust only.',
    ...overrides,
  };
}
