import { ErrorCode, Role, VOTE_MESSAGES } from '@ideas-hub/domain';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import { CAST_VOTE, CLOSE_VOTE, draftRecommendation, hubWithChair, inHours, openVote, quickAccounts, VOTES } from '../../test/votes';
import { Database } from '../platform/database/database';
import { VoteSweepJob } from './vote-sweep.job';
import { VotesService } from './votes.service';

const DECLARE_CONFLICT = `mutation ($recommendationId: ID!, $reason: String!) {
  declareConflict(recommendationId: $recommendationId, reason: $reason) { id }
}`;
const DECLARE_INTEREST = `mutation ($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`;
const NOTIFICATIONS = `{ notifications { items { kind message link } } }`;

describe('vote records, recusals and closing time', () => {
  let hub: TestHub;
  let chair: TestAccount;
  beforeAll(async () => ({ hub, chair } = await hubWithChair()));
  afterAll(() => hub.close());

  /** Moves a vote's closing time into the past, as if it had been opened two hours ago. */
  const expire = (voteId: string) =>
    hub.db.query(`UPDATE votes SET opened_at = now() - interval '2 hours', closes_at = now() - interval '1 minute' WHERE id = $1`, [
      voteId,
    ]);

  /** A vote with one member's FOR, whose time has run out with nobody recording its close yet. */
  async function expiredWithOneFor() {
    const [member] = await quickAccounts(hub, 1, [Role.BOARD_MEMBER]);
    const recommendationId = await draftRecommendation(hub);
    const voteId = await openVote(chair.client, recommendationId);
    await member.client.ok(CAST_VOTE, { voteId, choice: 'FOR' });
    await expire(voteId);
    return { member, recommendationId, voteId };
  }

  it('refuses a recused member (declared conflict, or register of interests) and shows the recusal in the record', async () => {
    const [declared, registered, voter, changedMind] = await quickAccounts(hub, 4, [Role.BOARD_MEMBER]);
    const recommendationId = await draftRecommendation(hub, { organisations: ['Acme Health Ltd'], revision: 2 });
    await declared.client.ok(DECLARE_CONFLICT, { recommendationId, reason: 'I advise the supplier' });
    // Compared trimmed and regardless of case, as the register is typed by hand.
    await registered.client.ok(DECLARE_INTEREST, {
      input: { organisation: ' acme health LTD', nature: 'Shareholding', from: '2020-01-01' },
    });
    const voteId = await openVote(chair.client, recommendationId);
    await changedMind.client.ok(CAST_VOTE, { voteId, choice: 'AGAINST' });

    for (const recused of [declared, registered]) {
      const refused = await recused.client.error(CAST_VOTE, { voteId, choice: 'FOR' });
      expect(refused).toMatchObject({ message: VOTE_MESSAGES.recused, extensions: { code: ErrorCode.FORBIDDEN } });
      expect((await recused.client.ok(VOTES, { recommendationId })).votes[0]).toMatchObject({ recusedMe: true, myChoice: null });
    }
    await voter.client.ok(CAST_VOTE, { voteId, choice: 'FOR' });
    // Declaring a conflict after voting recuses too: the ballot stays stored but is not counted.
    await changedMind.client.ok(DECLARE_CONFLICT, { recommendationId, reason: 'My employer bid for this work' });

    const closed = (await chair.client.ok(CLOSE_VOTE, { voteId })).closeVote;
    expect(closed).toMatchObject({ result: 'PASSED', tally: { for: 1, against: 0, abstain: 0 }, votesCast: 1 });
    const recused = [declared, registered, changedMind].map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
    expect(closed.record.recused).toEqual(recused);
    expect(closed.record.ballots).toEqual(
      [...recused.map((member) => ({ member, choice: null })), { member: { id: voter.id, name: voter.name }, choice: 'FOR' }].sort((a, b) =>
        a.member.name.localeCompare(b.member.name),
      ),
    );
    const reasons = await hub.db.query(`SELECT member_id, reason FROM vote_recusals WHERE vote_id = $1`, [voteId]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        { member_id: declared.id, reason: 'I advise the supplier' },
        { member_id: registered.id, reason: expect.stringMatching(/acme health ltd/i) },
        { member_id: changedMind.id, reason: 'My employer bid for this work' },
      ]),
    );
    expect(await hub.db.query(`SELECT counted FROM ballots WHERE vote_id = $1 AND member_id = $2`, [voteId, changedMind.id])).toEqual([
      { counted: false },
    ]);

    // The record the recommendation's public page shows: the vote that passed its revision.
    const record = await hub.get(VotesService).recordFor(recommendationId, 2);
    expect(record).toMatchObject({
      result: 'PASSED',
      revisionNumber: 2,
      recused: recused.map(({ id }) => expect.objectContaining({ id })),
    });
    expect(await hub.get(VotesService).recordFor(recommendationId, 1)).toBeNull();
  });

  it('closes a vote whose time has passed when it is read, as of its closing time, with no actor', async () => {
    const { member, recommendationId, voteId } = await expiredWithOneFor();

    const late = await member.client.error(CAST_VOTE, { voteId, choice: 'AGAINST' });
    expect(late).toMatchObject({ message: VOTE_MESSAGES.closed, extensions: { code: ErrorCode.CONFLICT } });
    const [vote] = (await member.client.ok(VOTES, { recommendationId })).votes;
    expect(vote).toMatchObject({
      id: voteId,
      open: false,
      result: 'PASSED',
      myChoice: 'FOR',
      closedAt: vote.closesAt,
      tally: { for: 1, against: 0, abstain: 0 },
    });
    expect(await auditRows(hub, 'closeVote', voteId)).toMatchObject([{ actor_id: null, after: { result: 'PASSED' } }]);
    expect((await chair.client.error(CLOSE_VOTE, { voteId })).extensions.code).toBe(ErrorCode.CONFLICT);
  });

  it('reads a vote past its time as closed, counted as its close will be, and records nothing until a write', async () => {
    const { member, recommendationId, voteId } = await expiredWithOneFor();

    const [read] = (await member.client.ok(VOTES, { recommendationId })).votes;
    const outcome = { result: 'PASSED', tally: { for: 1, against: 0, abstain: 0 }, closedAt: read.closesAt };
    expect(read).toMatchObject({ id: voteId, open: false, myChoice: 'FOR', votesCast: 1, ...outcome });
    expect(read.record).toMatchObject({
      ...outcome,
      recused: [],
      ballots: [{ member: { id: member.id, name: member.name }, choice: 'FOR' }],
    });
    expect(await hub.db.query(`SELECT closed_at, result FROM votes WHERE id = $1`, [voteId])).toEqual([{ closed_at: null, result: null }]);
    expect(await hub.db.query(`SELECT counted FROM ballots WHERE vote_id = $1`, [voteId])).toEqual([{ counted: null }]);
    expect(await auditRows(hub, 'closeVote', voteId)).toEqual([]);

    // It closed by itself: the chair's close records that, as the sweep would, and is refused.
    expect((await chair.client.error(CLOSE_VOTE, { voteId })).message).toBe(VOTE_MESSAGES.alreadyClosed);
    expect(await auditRows(hub, 'closeVote', voteId)).toMatchObject([{ actor_id: null, after: { result: 'PASSED' } }]);
    const [recorded] = (await member.client.ok(VOTES, { recommendationId })).votes;
    expect(recorded).toMatchObject({ open: false, ...outcome, record: { ...outcome, ballots: read.record.ballots } });
  });

  it('is closed by the scheduled sweep, and by the check an edit makes', async () => {
    const swept = await openVote(chair.client, await draftRecommendation(hub));
    await expire(swept);
    await hub.get(VoteSweepJob).sweep();
    const [row] = await hub.db.query(`SELECT closed_at = closes_at AS on_time, result FROM votes WHERE id = $1`, [swept]);
    expect(row).toEqual({ on_time: true, result: 'NO_QUORUM' });
    expect(await auditRows(hub, 'closeVote', swept)).toMatchObject([{ actor_id: null }]);

    const recommendationId = await draftRecommendation(hub);
    const edited = await openVote(chair.client, recommendationId);
    const editCheck = () => hub.get(Database).transaction((tx) => hub.get(VotesService).closeExpiredAndCheckOpen(tx, recommendationId));
    expect(await editCheck()).toBe(true);
    await expire(edited);
    expect(await editCheck()).toBe(false);
    expect(await hub.db.query(`SELECT result FROM votes WHERE id = $1`, [edited])).toEqual([{ result: 'NO_QUORUM' }]);
  });

  it('reminds members who have not voted, once, when less than a day is left', async () => {
    const [voted, silent, recused] = await quickAccounts(hub, 3, [Role.BOARD_MEMBER]);
    const recommendationId = await draftRecommendation(hub);
    await recused.client.ok(DECLARE_CONFLICT, { recommendationId, reason: 'Conflict' });
    const voteId = await openVote(chair.client, recommendationId, 0.5, inHours(30));
    await voted.client.ok(CAST_VOTE, { voteId, choice: 'FOR' });
    const link = `/board/recommendations/${recommendationId}`;
    const closingNotices = async (member: TestAccount) =>
      (await member.client.ok(NOTIFICATIONS)).notifications.items.filter(
        (item: { kind: string; link: string }) => item.kind === 'VOTE_CLOSING' && item.link === link,
      );

    await hub.get(VoteSweepJob).sweep();
    expect(await closingNotices(silent)).toEqual([]);

    await hub.db.query(`UPDATE votes SET closes_at = now() + interval '2 hours' WHERE id = $1`, [voteId]);
    await hub.get(VoteSweepJob).sweep();
    await hub.get(VoteSweepJob).sweep();
    expect(await closingNotices(silent)).toEqual([
      { kind: 'VOTE_CLOSING', message: expect.stringContaining('you have not voted yet'), link },
    ]);
    expect(await closingNotices(voted)).toEqual([]);
    expect(await closingNotices(recused)).toEqual([]);
  });
});
