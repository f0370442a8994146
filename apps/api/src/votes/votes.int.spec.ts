import { ConflictReason, ErrorCode, Role, VOTE_MESSAGES } from '@ideas-hub/domain';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import {
  CAST_VOTE,
  CLOSE_VOTE,
  draftRecommendation,
  inHours,
  OPEN_VOTE,
  openVote,
  quickAccount,
  quickAccounts,
  storedTally,
  VOTES,
} from '../../test/votes';

const NOTIFICATIONS = `{ notifications { items { kind message link } } }`;

describe('votes', () => {
  let hub: TestHub;
  let chair: TestAccount;
  let members: TestAccount[];
  beforeAll(async () => {
    hub = await TestHub.start();
    chair = await quickAccount(hub, [Role.BOARD_MEMBER, Role.CHAIR], 'Chair');
    members = await quickAccounts(hub, 3, [Role.BOARD_MEMBER]);
  });
  afterAll(() => hub.close());

  it('opens on the current revision of a draft, notifies the eligible members, and is audited', async () => {
    const recommendationId = await draftRecommendation(hub, { revision: 3 });
    const closesAt = inHours(72);
    const { openVote: vote } = await chair.client.ok(OPEN_VOTE, { recommendationId, closesAt, quorum: 0.5 });
    expect(vote).toMatchObject({
      recommendationId,
      revisionNumber: 3,
      closesAt,
      closedAt: null,
      quorum: 0.5,
      open: true,
      result: null,
      myChoice: null,
      recusedMe: false,
      tally: null,
      votesCast: 0,
      record: null,
    });
    expect(vote.eligibleCount).toBeGreaterThanOrEqual(members.length + 1);

    const { notifications } = await members[0].client.ok(NOTIFICATIONS);
    expect(notifications.items).toContainEqual({
      kind: 'VOTE_OPENED',
      message: expect.stringContaining('revision 3'),
      link: `/board/recommendations/${recommendationId}`,
    });
    const chairs = (await chair.client.ok(NOTIFICATIONS)).notifications.items;
    expect(chairs.filter((item: { link: string }) => item.link.endsWith(recommendationId))).toEqual([]);

    const [audit] = await auditRows(hub, 'openVote', vote.id);
    expect(audit).toMatchObject({
      actor_id: chair.id,
      entity_type: 'Vote',
      after: { recommendationId, revisionNumber: 3, closesAt, quorum: 0.5 },
    });
  });

  it('keeps one open vote per recommendation, and none on a published one or a revision that already passed', async () => {
    const recommendationId = await draftRecommendation(hub);
    const voteId = await openVote(chair.client, recommendationId);
    const again = await chair.client.error(OPEN_VOTE, { recommendationId, closesAt: inHours(24), quorum: 0.5 });
    expect(again).toMatchObject({
      message: VOTE_MESSAGES.alreadyOpen,
      extensions: { code: ErrorCode.CONFLICT, reason: ConflictReason.VOTE_OPEN, voteId },
    });

    await members[0].client.ok(CAST_VOTE, { voteId, choice: 'FOR' });
    expect((await chair.client.ok(CLOSE_VOTE, { voteId })).closeVote.result).toBe('PASSED');
    expect((await chair.client.error(OPEN_VOTE, { recommendationId, closesAt: inHours(24), quorum: 0.5 })).message).toBe(
      VOTE_MESSAGES.alreadyPassed,
    );

    await hub.db.query(`UPDATE recommendations SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [recommendationId]);
    const published = await chair.client.error(OPEN_VOTE, { recommendationId, closesAt: inHours(24), quorum: 0.5 });
    expect(published).toMatchObject({ message: VOTE_MESSAGES.published, extensions: { code: ErrorCode.CONFLICT } });

    const missing = await chair.client.error(OPEN_VOTE, {
      recommendationId: '00000000-0000-4000-8000-000000000000',
      closesAt: inHours(24),
      quorum: 0.5,
    });
    expect(missing.extensions.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('names the field when the closing time, quorum or an id is wrong', async () => {
    const recommendationId = await draftRecommendation(hub);
    const fieldsOf = async (variables: Record<string, unknown>) =>
      (await chair.client.error(OPEN_VOTE, { recommendationId, closesAt: inHours(24), quorum: 0.5, ...variables })).extensions.fields;
    expect(await fieldsOf({ closesAt: inHours(-1) })).toEqual([{ field: 'closesAt', message: VOTE_MESSAGES.closesAtPast }]);
    expect(await fieldsOf({ closesAt: inHours(61 * 24) })).toEqual([{ field: 'closesAt', message: VOTE_MESSAGES.closesAtTooFar }]);
    expect(await fieldsOf({ quorum: 0 })).toEqual([{ field: 'quorum', message: VOTE_MESSAGES.quorumRange }]);
    expect(await fieldsOf({ quorum: 1.5 })).toEqual([{ field: 'quorum', message: VOTE_MESSAGES.quorumRange }]);
    expect(await fieldsOf({ recommendationId: 'nope' })).toEqual([
      { field: 'recommendationId', message: 'recommendationId must be the id of a recommendation' },
    ]);
    const voteIdField = [{ field: 'voteId', message: 'voteId must be the id of a vote' }];
    expect((await members[0].client.error(CAST_VOTE, { voteId: 'nope', choice: 'FOR' })).extensions.fields).toEqual(voteIdField);
    expect((await chair.client.error(CLOSE_VOTE, { voteId: 'nope' })).extensions.fields).toEqual(voteIdField);
    expect((await chair.client.error(CLOSE_VOTE, { voteId: '00000000-0000-4000-8000-000000000000' })).extensions.code).toBe(
      ErrorCode.NOT_FOUND,
    );
    // Nothing was opened by the refused attempts.
    expect(await hub.db.query(`SELECT id FROM votes WHERE recommendation_id = $1`, [recommendationId])).toEqual([]);
  });

  it('lets only the chair open and close, only board members vote, and the board read', async () => {
    const [contributor, admin] = await Promise.all([quickAccount(hub, [], 'Contributor'), quickAccount(hub, [Role.ADMIN], 'Admin')]);
    const recommendationId = await draftRecommendation(hub);
    const open = { recommendationId, closesAt: inHours(24), quorum: 0.5 };
    for (const caller of [members[0], admin, contributor]) {
      expect((await caller.client.error(OPEN_VOTE, open)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    }
    expect((await hub.client().error(OPEN_VOTE, open)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    const voteId = await openVote(chair.client, recommendationId);

    for (const caller of [admin, contributor]) {
      expect((await caller.client.error(CAST_VOTE, { voteId, choice: 'FOR' })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    }
    expect((await chair.client.ok(CAST_VOTE, { voteId, choice: 'ABSTAIN' })).castVote.myChoice).toBe('ABSTAIN');
    expect((await contributor.client.error(VOTES, { recommendationId })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(VOTES, { recommendationId })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    const [seenByAdmin] = (await admin.client.ok(VOTES, { recommendationId })).votes;
    expect(seenByAdmin).toMatchObject({ id: voteId, open: true, votesCast: 1, tally: null });

    for (const caller of [members[0], admin, contributor]) {
      expect((await caller.client.error(CLOSE_VOTE, { voteId })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    }
    expect(await storedTally(hub, voteId)).toEqual({ for: 0, against: 0, abstain: 1 });
  });

  it('shows the running count only after voting; a member may change their vote, and the same choice twice stores one row', async () => {
    const recommendationId = await draftRecommendation(hub);
    const voteId = await openVote(chair.client, recommendationId);
    const [first, second] = members;
    const before = (await first.client.ok(VOTES, { recommendationId })).votes[0];
    expect(before).toMatchObject({ id: voteId, tally: null, votesCast: 0, myChoice: null });

    expect((await first.client.ok(CAST_VOTE, { voteId, choice: 'FOR' })).castVote).toMatchObject({
      myChoice: 'FOR',
      tally: { for: 1, against: 0, abstain: 0 },
    });
    expect((await second.client.ok(VOTES, { recommendationId })).votes[0]).toMatchObject({ tally: null, votesCast: 1, myChoice: null });

    await first.client.ok(CAST_VOTE, { voteId, choice: 'AGAINST' });
    const repeated = (await first.client.ok(CAST_VOTE, { voteId, choice: 'AGAINST' })).castVote;
    expect(repeated).toMatchObject({ myChoice: 'AGAINST', tally: { for: 0, against: 1, abstain: 0 }, votesCast: 1 });
    expect(await hub.db.query(`SELECT choice FROM ballots WHERE vote_id = $1`, [voteId])).toEqual([{ choice: 'AGAINST' }]);

    const audit = await auditRows(hub, 'castVote', voteId);
    expect(audit.map((row) => [row.actor_id, row.before, row.after])).toEqual([
      [first.id, { choice: null }, { choice: 'FOR' }],
      [first.id, { choice: 'FOR' }, { choice: 'AGAINST' }],
    ]);
  });

  it('counts PASSED, REJECTED and NO_QUORUM when the chair closes, and refuses votes and closing after the close', async () => {
    const [a, b, c] = members;
    async function closedWith(quorum: number, ballots: [TestAccount, string][]) {
      const voteId = await openVote(chair.client, await draftRecommendation(hub), quorum);
      for (const [member, choice] of ballots) await member.client.ok(CAST_VOTE, { voteId, choice });
      return (await chair.client.ok(CLOSE_VOTE, { voteId })).closeVote;
    }

    const passed = await closedWith(0.001, [
      [a, 'FOR'],
      [b, 'FOR'],
      [c, 'AGAINST'],
    ]);
    expect(passed).toMatchObject({ open: false, result: 'PASSED', tally: { for: 2, against: 1, abstain: 0 }, votesCast: 3 });
    expect(passed.record).toMatchObject({
      result: 'PASSED',
      tally: { for: 2, against: 1, abstain: 0 },
      quorum: 0.001,
      recused: [],
      closedAt: passed.closedAt,
    });
    expect(passed.record.eligibleCount).toBe(passed.eligibleCount);
    expect(passed.record.ballots).toEqual(
      [
        [a, 'FOR'],
        [b, 'FOR'],
        [c, 'AGAINST'],
      ].map(([member, choice]) => ({ member: { id: (member as TestAccount).id, name: (member as TestAccount).name }, choice })),
    );
    const [closeAudit] = await auditRows(hub, 'closeVote', passed.id);
    expect(closeAudit).toMatchObject({
      actor_id: chair.id,
      entity_type: 'Vote',
      before: { closedAt: null },
      after: { result: 'PASSED', tally: { for: 2, against: 1, abstain: 0 } },
    });

    expect(
      (
        await closedWith(0.001, [
          [a, 'FOR'],
          [b, 'AGAINST'],
          [c, 'ABSTAIN'],
        ])
      ).result,
    ).toBe('REJECTED');
    expect((await closedWith(0.001, [[a, 'ABSTAIN']])).result).toBe('REJECTED');
    // A quorum of every eligible member, with two of the three test members silent, cannot be met.
    const noQuorum = await closedWith(1, [[a, 'FOR']]);
    expect(noQuorum).toMatchObject({ result: 'NO_QUORUM', tally: { for: 1, against: 0, abstain: 0 } });

    const late = await b.client.error(CAST_VOTE, { voteId: noQuorum.id, choice: 'FOR' });
    expect(late).toMatchObject({ message: VOTE_MESSAGES.closed, extensions: { code: ErrorCode.CONFLICT } });
    const twice = await chair.client.error(CLOSE_VOTE, { voteId: noQuorum.id });
    expect(twice).toMatchObject({ message: VOTE_MESSAGES.alreadyClosed, extensions: { code: ErrorCode.CONFLICT } });
    expect(await storedTally(hub, noQuorum.id)).toEqual({ for: 1, against: 0, abstain: 0 });
    expect(await auditRows(hub, 'closeVote', noQuorum.id)).toHaveLength(1);
  });

  it('reads the votes on a recommendation in as many queries whether there are two or five', async () => {
    const queriesToList = async (closedVotes: number) => {
      const recommendationId = await draftRecommendation(hub);
      for (let count = 0; count < closedVotes; count++) {
        await chair.client.ok(CLOSE_VOTE, { voteId: await openVote(chair.client, recommendationId) });
      }
      await members[0].client.ok(CAST_VOTE, { voteId: await openVote(chair.client, recommendationId), choice: 'FOR' });
      const queries = jest.spyOn(hub.db, 'query');
      const { votes } = await members[0].client.ok(VOTES, { recommendationId });
      const count = queries.mock.calls.length;
      queries.mockRestore();
      expect(votes).toHaveLength(closedVotes + 1);
      return count;
    };
    expect(await queriesToList(4)).toBe(await queriesToList(1));
  });
});
