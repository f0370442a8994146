import { ErrorCode, INTEREST_MESSAGES as M, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { HubClient, TestHub } from '../../test/hub';

const MEMBERS = `{ boardMembers { id name profession organisation roles interests { id organisation nature from to } } }`;
const INTERESTS = `query ($memberId: ID!) { interests(memberId: $memberId) { id organisation nature from to } }`;
const DECLARE = `mutation ($input: DeclareInterestInput!) { declareInterest(input: $input) { id organisation nature from to } }`;

const interest = (overrides: Record<string, unknown> = {}) => ({
  organisation: 'Acme Health Records Ltd',
  nature: 'Paid advisory role on their clinical safety board',
  from: '2025-04-01',
  ...overrides,
});

describe('the register of interests', () => {
  const hub = TestHub.forSuite();
  const { member, chair, admin, contributor } = hub.suiteAccounts({
    member: { roles: [Role.BOARD_MEMBER], name: 'Dr Ada Member' },
    chair: { roles: [Role.BOARD_MEMBER, Role.CHAIR], name: 'Prof Grace Chair' },
    admin: [Role.ADMIN],
    contributor: [],
  });

  const declare = async (client: HubClient, overrides: Record<string, unknown> = {}) =>
    (await client.ok(DECLARE, { input: interest(overrides) })).declareInterest;
  const fieldErrors = async (overrides: Record<string, unknown>) =>
    (await member.client.error(DECLARE, { input: interest(overrides) })).extensions;

  it('publishes the chair and board members, each with their register, to visitors who are not signed in', async () => {
    const ended = await declare(member.client, { organisation: 'Old Supplier plc', from: '2020-01-01', to: '2021-12-31' });
    const current = await declare(member.client, { from: '2025-04-01' });
    const chairs = await declare(chair.client, { organisation: 'University of Leeds', nature: 'Honorary chair', from: '2023-09-01' });
    const disabled = await hub.account([Role.BOARD_MEMBER]);
    await hub.db.query(`UPDATE accounts SET disabled_at = now() WHERE id = $1`, [disabled.id]);

    const { boardMembers } = await hub.client().ok(MEMBERS);
    const listed = (id: string) => boardMembers.find((entry: { id: string }) => entry.id === id);
    expect(listed(member.id)).toEqual({
      id: member.id,
      name: 'Dr Ada Member',
      profession: 'CLINICIAN',
      organisation: 'Test Trust',
      roles: [Role.BOARD_MEMBER],
      interests: [current, ended],
    });
    expect(listed(chair.id)).toMatchObject({ roles: [Role.CHAIR, Role.BOARD_MEMBER], interests: [chairs] });
    for (const outsider of [admin, contributor, disabled]) expect(listed(outsider.id)).toBeUndefined();
    expect(current).toEqual({ id: expect.any(String), ...interest(), to: null });
  });

  it('shows one member’s register to anyone, and answers NOT_FOUND for anyone not on the board', async () => {
    const entry = await declare(chair.client, { organisation: 'NHS Digital Supplier Forum', from: '2024-01-01', to: '2024-12-31' });
    expect((await hub.client().ok(INTERESTS, { memberId: chair.id })).interests).toContainEqual(entry);
    for (const memberId of [contributor.id, admin.id, randomUUID()]) {
      expect((await hub.client().error(INTERESTS, { memberId })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    }
    expect((await hub.client().error(INTERESTS, { memberId: 'nobody' })).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'memberId', message: 'memberId must be the id of a board member' }],
    });
  });

  it('lets board members and the chair declare their own interests, audited; others may not', async () => {
    const entry = await declare(member.client, { organisation: '  Spaced Ltd  ', nature: ' Shares ', to: '' });
    expect(entry).toMatchObject({ organisation: 'Spaced Ltd', nature: 'Shares', to: null });
    expect(await auditRows(hub, 'declareInterest', entry.id)).toEqual([
      {
        actor_id: member.id,
        action: 'declareInterest',
        entity_type: 'Interest',
        entity_id: entry.id,
        before: null,
        after: { memberId: member.id, organisation: 'Spaced Ltd', nature: 'Shares', from: '2025-04-01', to: null },
      },
    ]);
    expect((await contributor.client.error(DECLARE, { input: interest() })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    // Administrators run the hub but do not sit on the board.
    expect((await admin.client.error(DECLARE, { input: interest() })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(DECLARE, { input: interest() })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('names the field for a missing or too long organisation or nature', async () => {
    expect(await fieldErrors({ organisation: '  ' })).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'organisation', message: M.organisationMissing }],
    });
    expect((await fieldErrors({ organisation: 'x'.repeat(201) })).fields).toEqual([
      { field: 'organisation', message: M.organisationTooLong },
    ]);
    expect((await fieldErrors({ nature: '' })).fields).toEqual([{ field: 'nature', message: M.natureMissing }]);
    expect((await fieldErrors({ nature: 'x'.repeat(1001) })).fields).toEqual([{ field: 'nature', message: M.natureTooLong }]);
    await declare(member.client, { organisation: 'x'.repeat(200), nature: 'y'.repeat(1000) });
  });

  it('needs real dates, written YYYY-MM-DD, with the end on or after the start', async () => {
    expect((await fieldErrors({ from: '' })).fields).toEqual([{ field: 'from', message: M.fromMissing }]);
    expect((await fieldErrors({ from: '2025-02-29' })).fields).toEqual([{ field: 'from', message: M.fromInvalid }]);
    expect((await fieldErrors({ from: '01/04/2025' })).fields).toEqual([{ field: 'from', message: M.fromInvalid }]);
    expect((await fieldErrors({ to: '2025-04-31' })).fields).toEqual([{ field: 'to', message: M.toInvalid }]);
    expect((await fieldErrors({ from: '2025-04-02', to: '2025-04-01' })).fields).toEqual([{ field: 'to', message: M.toBeforeFrom }]);
    const [{ count }] = await hub.db.query(
      `SELECT count(*)::int AS count FROM interests WHERE member_id = $1 AND from_date = '2025-04-02'`,
      [member.id],
    );
    expect(count).toBe(0);
    expect(await declare(member.client, { from: '2024-02-29', to: '2024-02-29' })).toMatchObject({ from: '2024-02-29', to: '2024-02-29' });
  });
});
