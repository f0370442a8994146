import { Action, can, ErrorCode, IdentityMode, Profession, ReviewItemKind, Role } from '@ideas-hub/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLField, GraphQLObjectType, isLeafType, isNonNullType } from 'graphql';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SessionsService } from '../../accounts/sessions.service';
import { HubClient, TEST_PASSWORD, TestAccount, TestHub } from '../../../test/hub';
import { COMMENT, completeIdea, submitIdea, themeId } from '../../../test/ideas';
import { rootHandlers } from '../../../test/policy';
import { recommendationInput } from '../../../test/recommendations';
import { fileReport, reportInput } from '../../../test/reports';
import { reviewInput } from '../../../test/reviews';
import { draftRecommendation, inHours, openVote, quickAccount } from '../../../test/votes';
import { SESSION_COOKIE } from './session-cookie';

/** The five kinds of caller: each signed-in one holds the roles its account would really have. */
const PERSONAS: Record<string, Role[] | null> = {
  anonymous: null,
  contributor: [Role.CONTRIBUTOR],
  'board member': [Role.CONTRIBUTOR, Role.BOARD_MEMBER],
  chair: [Role.CONTRIBUTOR, Role.BOARD_MEMBER, Role.CHAIR],
  admin: [Role.CONTRIBUTOR, Role.ADMIN],
};
type Persona = keyof typeof PERSONAS;

/** Real objects for the arguments, so that an allowed caller gets past the guard to the real rules. */
interface Fixtures {
  themeId: string;
  ideaId: string;
  duplicateId: string;
  commentId: string;
  recommendationId: string;
  otherRecommendationId: string;
  voteId: string;
  reportId: string;
  receipt: string;
  passphrase: string;
  boardMemberId: string;
  victim: TestAccount;
}

type Variables = (fixtures: Fixtures, persona: Persona) => Record<string, unknown>;
const none: Variables = () => ({});
const ideaRef = (f: Fixtures) => ({ kind: ReviewItemKind.IDEA, id: f.ideaId });

/**
 * Plausible arguments for every query and mutation in the schema. A new operation fails the
 * matrix until it is given arguments here, and so is checked for every role from the first day.
 */
const ARGUMENTS: Record<string, Variables> = {
  // Queries
  accounts: none,
  auditLog: () => ({ first: 5 }),
  boardDiscussion: (f) => ({ itemId: f.ideaId, kind: ReviewItemKind.IDEA }),
  boardMembers: none,
  draftRecommendations: none,
  idea: (f) => ({ id: f.ideaId }),
  ideas: () => ({ first: 5 }),
  interests: (f) => ({ memberId: f.boardMemberId }),
  me: none,
  moderationQueue: none,
  myIdeas: none,
  myReports: none,
  notifications: none,
  organisations: none,
  practiceGapReport: (f) => ({ id: f.reportId }),
  practiceGapReports: () => ({ first: 5 }),
  recommendation: (f) => ({ id: f.recommendationId }),
  recommendationRevisions: (f) => ({ id: f.recommendationId }),
  recommendations: () => ({ first: 5 }),
  reportStatus: (f) => ({ receipt: f.receipt, passphrase: f.passphrase }),
  reviewItem: (f) => ({ itemId: f.ideaId, kind: ReviewItemKind.IDEA }),
  reviewQueue: none,
  reviews: (f) => ({ itemId: f.ideaId, kind: ReviewItemKind.IDEA }),
  similarIdeas: () => ({ title: 'Electronic referrals' }),
  themes: none,
  votes: (f) => ({ recommendationId: f.recommendationId }),
  // Mutations
  addBoardNote: (f) => ({ item: ideaRef(f), body: 'Worth a pilot in two trusts first.' }),
  addComment: (f) => ({ input: { ideaId: f.ideaId, body: 'We see the same in our practice.' } }),
  answerReport: (f) => ({ receipt: f.receipt, passphrase: f.passphrase, body: 'It happened again this week.' }),
  assignReviewer: (f) => ({ item: ideaRef(f), memberId: f.boardMemberId }),
  castVote: (f) => ({ voteId: f.voteId, choice: 'FOR' }),
  closeVote: (f) => ({ voteId: f.voteId }),
  declareConflict: (f) => ({ recommendationId: f.otherRecommendationId, reason: 'Paid advisory role with a supplier' }),
  declareInterest: () => ({ input: { organisation: 'Acme Health', nature: 'Paid advisory role', from: '2025-01-01' } }),
  draftRecommendation: (f) => ({ input: recommendationInput(f.themeId, { ideaIds: [f.ideaId] }) }),
  editIdea: (f) => ({ input: { ...completeIdea(f.themeId), id: f.ideaId, expectedVersion: 1 } }),
  endorseIdea: (f) => ({ id: f.ideaId }),
  flagContent: (f) => ({ input: { contentType: 'COMMENT', contentId: f.commentId, reason: 'Off topic' } }),
  followIdea: (f) => ({ id: f.ideaId }),
  followRecommendation: (f) => ({ id: f.recommendationId }),
  grantRole: (f) => ({ accountId: f.victim.id, role: Role.BOARD_MEMBER }),
  markNotificationsRead: none,
  mergeIdea: (f) => ({ duplicateId: f.duplicateId, survivorId: f.ideaId }),
  moderateContent: (f) => ({ input: { contentType: 'COMMENT', contentId: f.commentId, decision: 'HIDE', reason: 'Off topic' } }),
  openVote: (f) => ({ recommendationId: f.otherRecommendationId, closesAt: inHours(48), quorum: 0.5 }),
  publishRecommendation: (f) => ({ id: f.recommendationId }),
  recordImplementationUpdate: (f) => ({ recommendationId: f.recommendationId, status: 'ACCEPTED', effectiveDate: '2026-01-01' }),
  register: () => ({
    input: { name: 'New Person', email: `${randomUUID()}@example.nhs.uk`, password: TEST_PASSWORD, profession: Profession.CLINICIAN },
  }),
  replyToReport: (f) => ({ reportId: f.reportId, body: 'Thank you: we are looking into it.' }),
  // Open and confidential reports need an account by design: a visitor reports anonymously.
  reportPracticeGap: (_f, persona) => ({
    input: reportInput({ identityMode: persona === 'anonymous' ? IdentityMode.ANONYMOUS : IdentityMode.OPEN }),
  }),
  reviseRecommendation: (f) => ({
    id: f.recommendationId,
    expectedVersion: 1,
    input: recommendationInput(f.themeId, { ideaIds: [f.ideaId] }),
  }),
  revokeRole: (f) => ({ accountId: f.victim.id, role: Role.BOARD_MEMBER }),
  saveIdeaDraft: () => ({ input: { title: 'A draft of my own' } }),
  setAccountDisabled: (f) => ({ accountId: f.victim.id, disabled: true }),
  setIdeaStatus: (f) => ({ id: f.ideaId, status: 'UNDER_REVIEW' }),
  setReportStatus: (f) => ({ input: { reportId: f.reportId, status: 'ACKNOWLEDGED' } }),
  signIn: (f) => ({ input: { email: f.victim.email, password: 'not the password at all' } }),
  signOut: none,
  submitIdea: (f) => ({ id: f.ideaId }),
  submitReview: (f) => ({ input: reviewInput(ideaRef(f)) }),
  unfollowIdea: (f) => ({ id: f.ideaId }),
  unfollowRecommendation: (f) => ({ id: f.recommendationId }),
  withdrawEndorsement: (f) => ({ id: f.ideaId }),
};

/** One operation document calling `field` with exactly the variables given, selecting as little as the schema allows. */
function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const args = field.args.filter((arg) => arg.name in variables);
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

interface Cell {
  operation: string;
  persona: Persona;
  expected: 'allowed' | ErrorCode.FORBIDDEN | ErrorCode.UNAUTHENTICATED;
  got: string;
}

describe('the permission matrix: every query and mutation for every kind of caller', () => {
  let hub: TestHub;
  let fixtures: Fixtures;
  const accounts: Partial<Record<Persona, TestAccount>> = {};

  beforeAll(async () => {
    hub = await TestHub.start();
    for (const [persona, roles] of Object.entries(PERSONAS)) {
      if (roles)
        accounts[persona] = await quickAccount(
          hub,
          roles.filter((role) => role !== Role.CONTRIBUTOR),
          persona,
        );
    }
    const author = await quickAccount(hub, [], 'Idea Author');
    const theme = await themeId(hub);
    const [ideaId, duplicateId] = [
      await submitIdea(author.client, theme),
      await submitIdea(author.client, theme, { title: 'A duplicate' }),
    ];
    const { addComment } = await author.client.ok(COMMENT, { input: { ideaId, body: 'The author replies.' } });
    const recommendationId = await draftRecommendation(hub);
    const anonymousReport = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    fixtures = {
      themeId: theme,
      ideaId,
      duplicateId,
      commentId: addComment.id,
      recommendationId,
      otherRecommendationId: await draftRecommendation(hub),
      voteId: await openVote(accounts.chair!.client, recommendationId),
      // The contributor's own open report: replying to it is theirs to do, as it is the board's.
      reportId: (await fileReport(hub, accounts.contributor!.client)).id,
      receipt: anonymousReport.receiptCode,
      passphrase: anonymousReport.passphrase!,
      boardMemberId: accounts['board member']!.id,
      // Registered through the API: signIn checks a real password hash.
      victim: await hub.account([Role.BOARD_MEMBER], 'Role Changes'),
    };
  });
  afterAll(() => hub.close());

  /** A session of its own for every call, so that signOut or a role change never spoils the next cell. */
  async function clientOf(persona: Persona): Promise<HubClient> {
    const account = accounts[persona];
    if (!account) return hub.client();
    const { token } = await hub.get(SessionsService).start(account.id);
    return new HubClient(request.agent(hub.url).set('Cookie', `${SESSION_COOKIE}=${token}`));
  }

  it('gives every operation in the schema a policy action and arguments', () => {
    const schema = hub.get(GraphQLSchemaHost).schema;
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type!.getFields()));
    const actions = new Map(rootHandlers(hub).map((handler) => [handler.field, handler.action]));
    expect(operations.filter((operation) => !actions.get(operation))).toEqual([]);
    expect(operations.filter((operation) => !ARGUMENTS[operation])).toEqual([]);
    expect(Object.keys(ARGUMENTS).filter((operation) => !operations.includes(operation))).toEqual([]);
    expect(schema.getSubscriptionType()).toBeFalsy();
  });

  it('allows exactly what the policy table allows, and refuses the rest with FORBIDDEN or UNAUTHENTICATED', async () => {
    const schema = hub.get(GraphQLSchemaHost).schema;
    const actions = new Map(rootHandlers(hub).map((handler) => [handler.field, handler.action]));
    const roots: ['query' | 'mutation', GraphQLObjectType][] = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ];
    const cells: Cell[] = [];
    for (const [kind, type] of roots) {
      for (const field of Object.values(type.getFields())) {
        const action = actions.get(field.name) as Action;
        for (const persona of Object.keys(PERSONAS)) {
          const variables = ARGUMENTS[field.name](fixtures, persona);
          const missing = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && !(arg.name in variables));
          expect(missing.map((arg) => `${field.name}(${arg.name})`)).toEqual([]);
          const body = await (await clientOf(persona)).gql(documentFor(kind, field, variables), variables);
          const code = body.errors?.[0]?.extensions.code;
          const allowed = can(PERSONAS[persona], action);
          const expected = allowed ? 'allowed' : PERSONAS[persona] ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED;
          // Allowed: whatever the rules answer (a conflict, a missing object), but never a refusal or a crash.
          const refused = code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED;
          const crashed = body.status >= 500 || code === ErrorCode.INTERNAL_SERVER_ERROR;
          const got = crashed ? `crash ${body.status} ${body.errors?.[0]?.message}` : refused ? code : 'allowed';
          cells.push({ operation: field.name, persona, expected, got: got === 'allowed' && code ? `allowed (${code})` : got });
        }
      }
    }
    const wrong = cells.filter((cell) => !(cell.expected === 'allowed' ? cell.got.startsWith('allowed') : cell.got === cell.expected));
    expect(wrong).toEqual([]);
    // The matrix is whole: every operation for every persona, and each answer a clean GraphQL one.
    expect(cells).toHaveLength(
      (Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length) * 5,
    );
    // Most allowed calls succeed outright: the arguments reach the real rules, not only input checks.
    const allowedCells = cells.filter((cell) => cell.expected === 'allowed');
    expect(allowedCells.filter((cell) => cell.got === 'allowed').length / allowedCells.length).toBeGreaterThan(0.7);
  });
});
