import { IdentityMode, ReviewItemKind, Role } from '@ideas-hub/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD, TestAccount, TestHub } from '../../test/hub';
import * as ideas from '../../test/ideas';
import * as recommendations from '../../test/recommendations';
import * as reports from '../../test/reports';
import * as votes from '../../test/votes';
import * as reviews from '../../test/reviews';

interface World {
  hub: TestHub;
  admin: TestAccount;
  chair: TestAccount;
  member: TestAccount;
  author: TestAccount;
  contributor: TestAccount;
  theme: string;
}

type Scenario = (world: World) => Promise<unknown>;

/** One successful call of each mutation, as the person allowed to make it. */
const SCENARIOS: Record<string, Scenario> = {
  register: ({ hub }) =>
    hub.client().ok(`mutation ($input: RegisterInput!) { register(input: $input) { id } }`, {
      input: { name: 'Audit Walker', email: `${randomUUID()}@example.nhs.uk`, password: TEST_PASSWORD, profession: 'ACADEMIC' },
    }),
  signIn: ({ hub, contributor }) =>
    hub.client().ok(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: contributor.email, password: TEST_PASSWORD },
    }),
  signOut: async ({ hub }) => (await hub.account()).client.ok(`mutation { signOut }`),
  grantRole: ({ admin, contributor }) =>
    admin.client.ok(`mutation ($id: ID!) { grantRole(accountId: $id, role: BOARD_MEMBER) { id } }`, { id: contributor.id }),
  revokeRole: ({ admin, contributor }) =>
    admin.client.ok(`mutation ($id: ID!) { revokeRole(accountId: $id, role: BOARD_MEMBER) { id } }`, { id: contributor.id }),
  setAccountDisabled: async ({ hub, admin }) =>
    admin.client.ok(`mutation ($id: ID!) { setAccountDisabled(accountId: $id, disabled: true) { id } }`, { id: (await hub.account()).id }),
  saveIdeaDraft: ({ author, theme }) => author.client.ok(ideas.SAVE_DRAFT, { input: ideas.completeIdea(theme) }),
  submitIdea: async ({ author, theme }) => {
    const { saveIdeaDraft } = await author.client.ok(ideas.SAVE_DRAFT, { input: ideas.completeIdea(theme) });
    return author.client.ok(ideas.SUBMIT, { id: saveIdeaDraft.id });
  },
  editIdea: async ({ author, theme }) => {
    const id = await ideas.submitIdea(author.client, theme);
    return author.client.ok(ideas.EDIT, {
      input: { id, expectedVersion: 1, ...ideas.completeIdea(theme, { title: 'Edited for the audit' }) },
    });
  },
  endorseIdea: async ({ author, contributor, theme }) =>
    contributor.client.ok(ideas.ENDORSE, { id: await ideas.submitIdea(author.client, theme) }),
  withdrawEndorsement: async ({ author, contributor, theme }) => {
    const id = await ideas.submitIdea(author.client, theme);
    await contributor.client.ok(ideas.ENDORSE, { id });
    return contributor.client.ok(ideas.WITHDRAW, { id });
  },
  followIdea: async ({ author, contributor, theme }) =>
    contributor.client.ok(ideas.FOLLOW, { id: await ideas.submitIdea(author.client, theme) }),
  unfollowIdea: async ({ author, contributor, theme }) => {
    const id = await ideas.submitIdea(author.client, theme);
    await contributor.client.ok(ideas.FOLLOW, { id });
    return contributor.client.ok(ideas.UNFOLLOW, { id });
  },
  addComment: async ({ author, contributor, theme }) =>
    contributor.client.ok(ideas.COMMENT, { input: { ideaId: await ideas.submitIdea(author.client, theme), body: 'Agreed' } }),
  flagContent: async ({ author, contributor, theme }) =>
    contributor.client.ok(ideas.FLAG, {
      input: { contentType: 'IDEA', contentId: await ideas.submitIdea(author.client, theme), reason: 'Off topic' },
    }),
  moderateContent: async ({ admin, author, theme }) =>
    admin.client.ok(ideas.MODERATE, {
      input: { contentType: 'IDEA', contentId: await ideas.submitIdea(author.client, theme), decision: 'HIDE', reason: 'Abusive' },
    }),
  mergeIdea: async ({ member, author, theme }) =>
    member.client.ok(ideas.MERGE, {
      duplicateId: await ideas.submitIdea(author.client, theme),
      survivorId: await ideas.submitIdea(author.client, theme),
    }),
  setIdeaStatus: async ({ chair, author, theme }) =>
    chair.client.ok(ideas.SET_STATUS, { id: await ideas.submitIdea(author.client, theme), status: 'UNDER_REVIEW' }),
  reportPracticeGap: ({ hub }) => reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS }),
  replyToReport: async ({ hub, member }) =>
    member.client.ok(reports.REPLY, {
      reportId: (await reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS })).id,
      body: 'Thank you',
    }),
  answerReport: async ({ hub }) => {
    const { receiptCode, passphrase } = await reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    await hub.client().ok(reports.ANSWER, { receipt: receiptCode, passphrase, body: 'More detail' });
    // Held with the day's anonymous batch: audited when released.
    return reports.releaseHeld(hub);
  },
  setReportStatus: async ({ hub, member }) =>
    member.client.ok(reports.SET_STATUS, {
      input: {
        reportId: (await reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS })).id,
        status: 'ACKNOWLEDGED',
      },
    }),
  markNotificationsRead: ({ contributor }) => contributor.client.ok(`mutation { markNotificationsRead }`),
  openVote: async ({ hub, chair }) => votes.openVote(chair.client, await votes.draftRecommendation(hub)),
  castVote: async ({ hub, chair, member }) =>
    member.client.ok(votes.CAST_VOTE, { voteId: await votes.openVote(chair.client, await votes.draftRecommendation(hub)), choice: 'FOR' }),
  closeVote: async ({ hub, chair }) =>
    chair.client.ok(votes.CLOSE_VOTE, { voteId: await votes.openVote(chair.client, await votes.draftRecommendation(hub)) }),
  assignReviewer: async ({ chair, member, author, theme }) =>
    chair.client.ok(reviews.ASSIGN, {
      item: reviews.ref(ReviewItemKind.IDEA, await ideas.submitIdea(author.client, theme)),
      memberId: member.id,
    }),
  submitReview: async ({ member, author, theme }) =>
    member.client.ok(reviews.SUBMIT_REVIEW, {
      input: reviews.reviewInput(reviews.ref(ReviewItemKind.IDEA, await ideas.submitIdea(author.client, theme))),
    }),
  addBoardNote: async ({ member, author, theme }) =>
    member.client.ok(reviews.ADD_NOTE, {
      item: reviews.ref(ReviewItemKind.IDEA, await ideas.submitIdea(author.client, theme)),
      body: 'Seen before',
    }),
  declareInterest: ({ member }) =>
    member.client.ok(`mutation ($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`, {
      input: { organisation: 'Acme Ltd', nature: 'Shareholding', from: '2025-01-01' },
    }),
  draftRecommendation: ({ hub, member, author }) => recommendations.draftWithIdea(hub, member.client, author.client),
  reviseRecommendation: async ({ hub, member, author }) => {
    const draft = await recommendations.draftWithIdea(hub, member.client, author.client);
    const input = recommendations.recommendationInput(draft.themeId, { ideaIds: [draft.ideaId] }, { title: 'Revised for the audit' });
    return member.client.ok(recommendations.REVISE, { id: draft.id, expectedVersion: draft.version, input });
  },
  declareConflict: async ({ hub, member, author }) =>
    member.client.ok(recommendations.DECLARE, {
      recommendationId: (await recommendations.draftWithIdea(hub, member.client, author.client)).id,
      reason: 'Adviser',
    }),
  publishRecommendation: ({ hub, chair, author }) => recommendations.publishedWithIdea(hub, chair, author.client),
  recordImplementationUpdate: async ({ hub, chair, author }) =>
    chair.client.ok(recommendations.UPDATE, {
      recommendationId: (await recommendations.publishedWithIdea(hub, chair, author.client)).id,
      status: 'ACCEPTED',
      effectiveDate: '2026-01-15',
    }),
  followRecommendation: async ({ hub, chair, author, contributor }) =>
    contributor.client.ok(recommendations.FOLLOW, { id: (await recommendations.publishedWithIdea(hub, chair, author.client)).id }),
  unfollowRecommendation: async ({ hub, chair, author, contributor }) => {
    const { id } = await recommendations.publishedWithIdea(hub, chair, author.client);
    await contributor.client.ok(recommendations.FOLLOW, { id });
    return contributor.client.ok(recommendations.UNFOLLOW, { id });
  },
};

async function auditCount(hub: TestHub, action: string): Promise<number> {
  const [{ count }] = await hub.db.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = $1`, [action]);
  return count;
}

describe('every mutation is audited', () => {
  let world: World;
  beforeAll(async () => {
    const hub = await TestHub.start();
    world = {
      hub,
      admin: await hub.account([Role.ADMIN]),
      chair: await hub.account([Role.BOARD_MEMBER, Role.CHAIR]),
      member: await hub.account([Role.BOARD_MEMBER]),
      author: await hub.account(),
      contributor: await hub.account(),
      theme: await ideas.themeId(hub),
    };
  });
  afterAll(() => world.hub.close());

  it('has a scenario for every mutation in the schema', () => {
    const mutations = Object.keys(world.hub.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !SCENARIOS[name])).toEqual([]);
  });

  it.each(Object.keys(SCENARIOS))('%s writes an audit row named after it', async (action) => {
    const before = await auditCount(world.hub, action);
    await SCENARIOS[action](world);
    expect(await auditCount(world.hub, action)).toBeGreaterThan(before);
  });
});
