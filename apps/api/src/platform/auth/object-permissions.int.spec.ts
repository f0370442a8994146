import { ErrorCode, IdentityMode, IdeaStatus, Role } from '@ideas-hub/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TestAccount, TestHub } from '../../../test/hub';
import { EDIT, IDEA, MY_IDEAS, SAVE_DRAFT, SET_STATUS, SUBMIT, completeIdea, submitIdea, themeId } from '../../../test/ideas';
import { DECLARE } from '../../../test/recommendations';
import { fileReport, LIST, MINE, ONE, REPLY, STATUS } from '../../../test/reports';
import { NOTIFICATIONS } from '../../../test/reviews';
import { CAST_VOTE, draftRecommendation, openVote, quickAccount } from '../../../test/votes';

/** What no caller may do to what is someone else's, whatever their role allows in general. */
describe('object-level permissions', () => {
  let hub: TestHub;
  let author: TestAccount;
  let contributor: TestAccount;
  let member: TestAccount;
  let chair: TestAccount;
  let admin: TestAccount;
  let theme: string;

  beforeAll(async () => {
    hub = await TestHub.start();
    [author, contributor, member, chair, admin] = await Promise.all([
      quickAccount(hub, [], 'Author'),
      quickAccount(hub, [], 'Contributor'),
      quickAccount(hub, [Role.BOARD_MEMBER], 'Member'),
      quickAccount(hub, [Role.BOARD_MEMBER, Role.CHAIR], 'Chair'),
      quickAccount(hub, [Role.ADMIN], 'Admin'),
    ]);
    theme = await themeId(hub);
  });
  afterAll(() => hub.close());

  const mutationsNamed = (pattern: RegExp) =>
    Object.keys(hub.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).filter((name) => pattern.test(name));

  it('hides someone else’s draft from everyone, board and administrators included: no read, update or submit', async () => {
    const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: completeIdea(theme, { title: 'My private draft' }) });
    for (const other of [contributor, member, chair, admin]) {
      expect((await other.client.error(IDEA, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await other.client.error(SAVE_DRAFT, { input: { id: draft.id, title: 'Taken over' } })).extensions.code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect((await other.client.error(SUBMIT, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await other.client.ok(MY_IDEAS)).myIdeas.map((idea: { id: string }) => idea.id)).not.toContain(draft.id);
    }
    const [stored] = await hub.db.query(`SELECT title, status, version FROM ideas WHERE id = $1`, [draft.id]);
    expect(stored).toEqual({ title: 'My private draft', status: IdeaStatus.DRAFT, version: draft.version });
  });

  it('lets nobody but the author edit an idea, and offers no way to edit anyone’s comment', async () => {
    const id = await submitIdea(author.client, theme, { title: 'Submitted by the author' });
    const { idea } = await author.client.ok(IDEA, { id });
    for (const other of [contributor, member, chair, admin]) {
      const error = await other.client.error(EDIT, {
        input: { ...completeIdea(theme, { title: 'Rewritten' }), id, expectedVersion: idea.version },
      });
      expect(error.extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await other.client.ok(IDEA, { id })).idea.canEdit).toBe(false);
    }
    expect((await author.client.ok(IDEA, { id })).idea).toMatchObject({ title: 'Submitted by the author', version: idea.version });
    // Comments are written once: the only mutations touching them add, flag or moderate.
    expect(mutationsNamed(/comment/i)).toEqual(['addComment']);
  });

  it('names a confidential reporter to the chair and administrators on the report only, never to a board member or in a list', async () => {
    const report = await fileReport(hub, author.client, { identityMode: IdentityMode.CONFIDENTIAL });
    await author.client.ok(REPLY, { reportId: report.id, body: 'More detail from me.' });
    expect((await contributor.client.error(ONE, { id: report.id })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await contributor.client.error(REPLY, { reportId: report.id, body: 'Me too' })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    expect((await contributor.client.ok(MINE)).myReports).toEqual([]);

    const seenByMember = (await member.client.ok(ONE, { id: report.id })).practiceGapReport;
    expect(seenByMember.reporter).toBeNull();
    expect(seenByMember.messages.map((message: { authorName: string | null }) => message.authorName)).toEqual([null]);
    expect(JSON.stringify(seenByMember)).not.toMatch(new RegExp(`${author.id}|${author.email}|${author.name}`));

    for (const privileged of [chair, admin]) {
      expect((await privileged.client.ok(ONE, { id: report.id })).practiceGapReport.reporter).toMatchObject({
        id: author.id,
        email: author.email,
      });
      const listed = (await privileged.client.ok(LIST, { first: 100 })).practiceGapReports.edges.find(
        (edge: { node: { id: string } }) => edge.node.id === report.id,
      );
      expect(listed.node.reporter).toBeNull();
    }
    // The reporter sees their own report as theirs.
    expect((await author.client.ok(MINE)).myReports).toEqual([
      expect.objectContaining({ id: report.id, reporter: expect.objectContaining({ id: author.id }) }),
    ]);
  });

  it('names an anonymous reporter to nobody, the reporter following their receipt included', async () => {
    const report = await fileReport(hub, author.client, { identityMode: IdentityMode.ANONYMOUS });
    for (const privileged of [chair, admin]) {
      const seen = (await privileged.client.ok(ONE, { id: report.id })).practiceGapReport;
      expect(seen.reporter).toBeNull();
      expect(JSON.stringify(seen)).not.toMatch(new RegExp(`${author.id}|${author.email}`));
    }
    const followed = (await hub.client().ok(STATUS, { receipt: report.receiptCode, passphrase: report.passphrase })).reportStatus;
    expect(followed.reporter).toBeNull();
    expect((await author.client.ok(MINE)).myReports.map((mine: { id: string }) => mine.id)).not.toContain(report.id);
  });

  it('records a ballot only for the caller, and refuses a recused member', async () => {
    const castVote = hub.get(GraphQLSchemaHost).schema.getMutationType()!.getFields().castVote;
    expect(castVote.args.map((arg) => arg.name).sort()).toEqual(['choice', 'voteId']);

    const recommendationId = await draftRecommendation(hub);
    const voteId = await openVote(chair.client, recommendationId);
    await member.client.ok(CAST_VOTE, { voteId, choice: 'FOR' });
    expect(await hub.db.query(`SELECT member_id FROM ballots WHERE vote_id = $1`, [voteId])).toEqual([{ member_id: member.id }]);

    const recused = await quickAccount(hub, [Role.BOARD_MEMBER], 'Recused');
    await recused.client.ok(DECLARE, { recommendationId, reason: 'I advise the supplier' });
    expect((await recused.client.error(CAST_VOTE, { voteId, choice: 'AGAINST' })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await admin.client.error(CAST_VOTE, { voteId, choice: 'AGAINST' })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect(await hub.db.query(`SELECT member_id, choice FROM ballots WHERE vote_id = $1`, [voteId])).toEqual([
      { member_id: member.id, choice: 'FOR' },
    ]);
  });

  it('shows and marks only the caller’s own notifications', async () => {
    const id = await submitIdea(author.client, theme);
    await chair.client.ok(SET_STATUS, { id, status: IdeaStatus.UNDER_REVIEW });
    const [notification] = await hub.db.query(`SELECT id FROM notifications WHERE recipient_id = $1`, [author.id]);
    expect(notification).toBeDefined();

    const notifications = hub.get(GraphQLSchemaHost).schema.getQueryType()!.getFields().notifications;
    expect(notifications.args).toEqual([]);
    expect((await contributor.client.ok(NOTIFICATIONS)).notifications).toEqual({ items: [], unreadCount: 0 });
    const marked = await contributor.client.ok(`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [notification.id] });
    expect(marked.markNotificationsRead).toBe(0);
    expect((await author.client.ok(NOTIFICATIONS)).notifications.unreadCount).toBe(1);
  });
});
