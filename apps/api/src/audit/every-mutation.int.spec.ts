import { IdentityMode, Role } from '@ideas-hub/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD, TestAccount, TestHub } from '../../test/hub';
import * as ideas from '../../test/ideas';
import * as reports from '../../test/reports';

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
    hub.client().ok(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email: contributor.email, password: TEST_PASSWORD } }),
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
    return author.client.ok(ideas.EDIT, { input: { id, expectedVersion: 1, ...ideas.completeIdea(theme, { title: 'Edited for the audit' }) } });
  },
  endorseIdea: async ({ author, contributor, theme }) => contributor.client.ok(ideas.ENDORSE, { id: await ideas.submitIdea(author.client, theme) }),
  withdrawEndorsement: async ({ author, contributor, theme }) => {
    const id = await ideas.submitIdea(author.client, theme);
    await contributor.client.ok(ideas.ENDORSE, { id });
    return contributor.client.ok(ideas.WITHDRAW, { id });
  },
  followIdea: async ({ author, contributor, theme }) => contributor.client.ok(ideas.FOLLOW, { id: await ideas.submitIdea(author.client, theme) }),
  unfollowIdea: async ({ author, contributor, theme }) => {
    const id = await ideas.submitIdea(author.client, theme);
    await contributor.client.ok(ideas.FOLLOW, { id });
    return contributor.client.ok(ideas.UNFOLLOW, { id });
  },
  addComment: async ({ author, contributor, theme }) =>
    contributor.client.ok(ideas.COMMENT, { input: { ideaId: await ideas.submitIdea(author.client, theme), body: 'Agreed' } }),
  flagContent: async ({ author, contributor, theme }) =>
    contributor.client.ok(ideas.FLAG, { input: { contentType: 'IDEA', contentId: await ideas.submitIdea(author.client, theme), reason: 'Off topic' } }),
  moderateContent: async ({ admin, author, theme }) =>
    admin.client.ok(ideas.MODERATE, {
      input: { contentType: 'IDEA', contentId: await ideas.submitIdea(author.client, theme), decision: 'HIDE', reason: 'Abusive' },
    }),
  mergeIdea: async ({ member, author, theme }) =>
    member.client.ok(ideas.MERGE, { duplicateId: await ideas.submitIdea(author.client, theme), survivorId: await ideas.submitIdea(author.client, theme) }),
  setIdeaStatus: async ({ chair, author, theme }) =>
    chair.client.ok(ideas.SET_STATUS, { id: await ideas.submitIdea(author.client, theme), status: 'UNDER_REVIEW' }),
  reportPracticeGap: ({ hub }) => reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS }),
  replyToReport: async ({ hub, member }) =>
    member.client.ok(reports.REPLY, { reportId: (await reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS })).id, body: 'Thank you' }),
  answerReport: async ({ hub }) => {
    const { receiptCode, passphrase } = await reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    return hub.client().ok(reports.ANSWER, { receipt: receiptCode, passphrase, body: 'More detail' });
  },
  setReportStatus: async ({ hub, member }) =>
    member.client.ok(reports.SET_STATUS, {
      input: { reportId: (await reports.fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS })).id, status: 'ACKNOWLEDGED' },
    }),
  markNotificationsRead: ({ contributor }) => contributor.client.ok(`mutation { markNotificationsRead }`),
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
