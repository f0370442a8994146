import { ErrorCode, RECOMMENDATION_MESSAGES as M, Role, VoteChoice } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import { DECLARE, draftWithIdea, ONE, PUBLISH } from '../../test/recommendations';
import { CAST_VOTE, CLOSE_VOTE, inHours, OPEN_VOTE } from '../../test/votes';
import { RecusalService } from './recusal.service';

const RECORD = `query ($id: ID!) {
  recommendation(id: $id) {
    conflicts { member { id } reason }
    voteRecord { result revisionNumber ballots { member { id name } choice } recused { id name } }
  }
}`;

describe('conflicts of interest on recommendations', () => {
  const hub = TestHub.forSuite();
  const { chair } = hub.suiteAccounts({ chair: { roles: [Role.BOARD_MEMBER, Role.CHAIR], name: 'Chair Person' } });

  async function interest(member: TestAccount, organisation: string, from: string, to: string | null = null): Promise<void> {
    await hub.db.query(
      `INSERT INTO interests (member_id, organisation, nature, from_date, to_date) VALUES ($1, $2, 'Paid adviser', $3, $4)`,
      [member.id, organisation, from, to],
    );
  }

  describe('declareConflict', () => {
    it('records the declaration for the board; declaring again updates the reason, keeps the date; audits only changes', async () => {
      const member = await hub.account([Role.BOARD_MEMBER], 'Conflicted Member');
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);

      const first = (await member.client.ok(DECLARE, { recommendationId: draft.id, reason: '  I advise the supplier ' })).declareConflict;
      expect(first.conflicts).toEqual([
        { member: { id: member.id, name: 'Conflicted Member' }, reason: 'I advise the supplier', declaredAt: expect.any(String) },
      ]);
      const second = (await member.client.ok(DECLARE, { recommendationId: draft.id, reason: 'I advise the supplier, paid' }))
        .declareConflict;
      expect(second.conflicts).toEqual([{ ...first.conflicts[0], reason: 'I advise the supplier, paid' }]);
      await member.client.ok(DECLARE, { recommendationId: draft.id, reason: 'I advise the supplier, paid' });

      expect((await auditRows(hub, 'declareConflict', draft.id)).map((entry) => [entry.actor_id, entry.before, entry.after])).toEqual([
        [member.id, { conflictReason: null }, { conflictReason: 'I advise the supplier' }],
        [member.id, { conflictReason: 'I advise the supplier' }, { conflictReason: 'I advise the supplier, paid' }],
      ]);
      const recused = await hub.get(RecusalService).recusedMembers(draft.id, [member.id, chair.id]);
      expect([...recused]).toEqual([[member.id, 'I advise the supplier, paid']]);
    });

    it('needs a reason, is for board members and the chair, and answers NOT_FOUND for an unknown recommendation', async () => {
      const member = await hub.account([Role.BOARD_MEMBER]);
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);
      expect((await member.client.error(DECLARE, { recommendationId: draft.id, reason: '   ' })).extensions.fields).toEqual([
        { field: 'reason', message: M.conflictReasonMissing },
      ]);
      expect((await member.client.error(DECLARE, { recommendationId: draft.id, reason: 'x'.repeat(1001) })).extensions.fields).toEqual([
        { field: 'reason', message: M.conflictReasonTooLong },
      ]);
      expect((await member.client.error(DECLARE, { recommendationId: randomUUID(), reason: 'Reason' })).extensions.code).toBe(
        ErrorCode.NOT_FOUND,
      );
      for (const roles of [[Role.ADMIN], []]) {
        expect(
          (await (await hub.account(roles)).client.error(DECLARE, { recommendationId: draft.id, reason: 'Reason' })).extensions.code,
        ).toBe(ErrorCode.FORBIDDEN);
      }
      expect((await hub.client().error(DECLARE, { recommendationId: draft.id, reason: 'Reason' })).extensions.code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });
  });

  describe('recusal by the register of interests', () => {
    it('recuses members whose register names an organisation concerned today, trimmed and in any case', async () => {
      const [named, lapsed, future, unrelated] = await Promise.all([1, 2, 3, 4].map(() => hub.account([Role.BOARD_MEMBER])));
      const author = await hub.account();
      const supplier = `Acme Health ${randomUUID().slice(0, 8)}`;
      const draft = await draftWithIdea(hub, chair.client, author.client, { organisations: [supplier, 'NHS England'] });
      await interest(named, `  ${supplier.toUpperCase()} `, '2020-01-01');
      await interest(lapsed, supplier, '2020-01-01', '2021-12-31');
      await interest(future, supplier, '2999-01-01');
      await interest(unrelated, 'Another Supplier Ltd', '2020-01-01');

      const recused = await hub.get(RecusalService).recusedMembers(
        draft.id,
        [named, lapsed, future, unrelated].map((member) => member.id),
      );
      expect([...recused]).toEqual([[named.id, `Register of interests: ${supplier.toUpperCase()}`]]);
      expect((await hub.get(RecusalService).recusedMembers(draft.id)).has(named.id)).toBe(true);
    });
  });

  it('keeps a recused member from voting and names them on the published record; conflicts stay with the board', async () => {
    const voter = await hub.account([Role.BOARD_MEMBER], 'Voting Member');
    const declared = await hub.account([Role.BOARD_MEMBER], 'Declared Member');
    const author = await hub.account();
    const draft = await draftWithIdea(hub, chair.client, author.client);
    await declared.client.ok(DECLARE, { recommendationId: draft.id, reason: 'Shareholder in the supplier' });
    const { openVote } = await chair.client.ok(OPEN_VOTE, { recommendationId: draft.id, closesAt: inHours(24), quorum: 0.001 });

    expect((await declared.client.error(CAST_VOTE, { voteId: openVote.id, choice: VoteChoice.FOR })).extensions.code).toBe(
      ErrorCode.FORBIDDEN,
    );
    await voter.client.ok(CAST_VOTE, { voteId: openVote.id, choice: VoteChoice.FOR });
    expect((await chair.client.ok(CLOSE_VOTE, { voteId: openVote.id })).closeVote.record.result).toBe('PASSED');
    await chair.client.ok(PUBLISH, { id: draft.id });

    const record = (await hub.client().ok(RECORD, { id: draft.id })).recommendation;
    expect(record.conflicts).toEqual([]);
    expect(record.voteRecord).toMatchObject({
      result: 'PASSED',
      revisionNumber: 1,
      recused: [{ id: declared.id, name: 'Declared Member' }],
    });
    expect(record.voteRecord.ballots).toEqual(
      expect.arrayContaining([
        { member: { id: voter.id, name: 'Voting Member' }, choice: 'FOR' },
        { member: { id: declared.id, name: 'Declared Member' }, choice: null },
      ]),
    );
    const board = (await voter.client.ok(RECORD, { id: draft.id })).recommendation;
    expect(board.conflicts).toEqual([{ member: { id: declared.id }, reason: 'Shareholder in the supplier' }]);
    expect((await hub.client().ok(ONE, { id: draft.id })).recommendation.status).toBe('PUBLISHED');
    expect((await voter.client.error(DECLARE, { recommendationId: draft.id, reason: 'Too late' })).extensions.code).toBe(
      ErrorCode.CONFLICT,
    );
  });
});
