import { ErrorCode, Role } from '@ideas-hub/domain';
import { TestHub } from '../../test/hub';
import { quickAccount } from '../../test/votes';
import { AuditService } from './audit.service';

const LOG = `query ($action: String, $actor: ID, $first: Int, $after: String) {
  auditLog(action: $action, actor: $actor, first: $first, after: $after) {
    edges { node { action entityType entityId actor { id name } after } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('the audit log', () => {
  const hub = TestHub.forSuite();

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE fail', async () => {
    await hub.db.transaction((manager) =>
      hub.get(AuditService).record(manager, { actor: null, action: 'testAction', entityType: 'Test', after: { a: 1 } }),
    );
    await expect(hub.db.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(hub.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(hub.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ count }] = await hub.db.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'forged'`);
    expect(count).toBe(0);
  });

  it('is browsed by the chair and admins, filtered and paged, and refused to others', async () => {
    const chair = await hub.account([Role.BOARD_MEMBER, Role.CHAIR]);
    const admin = await hub.account([Role.ADMIN]);
    for (let index = 0; index < 3; index++) {
      await hub.db.transaction((manager) =>
        hub
          .get(AuditService)
          .record(manager, { actor: { accountId: admin.id }, action: 'pagedAction', entityType: 'Test', entityId: String(index) }),
      );
    }
    const first = (await chair.client.ok(LOG, { action: 'pagedAction', actor: admin.id, first: 2 })).auditLog;
    expect(first.edges.map((edge: { node: { entityId: string } }) => edge.node.entityId)).toEqual(['2', '1']);
    expect(first.edges[0].node.actor).toEqual({ id: admin.id, name: admin.name });
    const second = (await admin.client.ok(LOG, { action: 'pagedAction', actor: admin.id, first: 2, after: first.pageInfo.endCursor }))
      .auditLog;
    expect(second.edges.map((edge: { node: { entityId: string } }) => edge.node.entityId)).toEqual(['0']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const member = await hub.account([Role.BOARD_MEMBER]);
    expect((await member.client.error(LOG)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(LOG)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await chair.client.error(LOG, { actor: 'someone' })).extensions.fields).toEqual([
      { field: 'actor', message: 'actor must be the id of an account' },
    ]);
  });

  it('shows the newest entry first after 120 changes, and pages through every entry exactly once', async () => {
    const author = await quickAccount(hub, []);
    const SAVE = `mutation ($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { id } }`;
    const { saveIdeaDraft } = await author.client.ok(SAVE, { input: { title: 'Draft 0' } });
    for (let index = 1; index <= 120; index++) await author.client.ok(SAVE, { input: { id: saveIdeaDraft.id, title: `Draft ${index}` } });

    const chair = await hub.account([Role.CHAIR, Role.BOARD_MEMBER]);
    const mine = (await chair.client.ok(LOG, { actor: author.id, first: 3 })).auditLog;
    expect(mine.edges.map((edge: { node: { after: string } }) => JSON.parse(edge.node.after).title)).toEqual([
      'Draft 120',
      'Draft 119',
      'Draft 118',
    ]);
    const [newest] = await hub.db.query(`SELECT max(occurred_at) AS at FROM audit_log`);
    const top = (await chair.client.ok(`{ auditLog(first: 1) { edges { node { at } } } }`)).auditLog.edges[0].node;
    expect(new Date(top.at).getTime()).toBeGreaterThanOrEqual(new Date(newest.at).getTime() - 1);

    // Other suites write to the same database meanwhile: every entry there before paging began must be reached once.
    const before: string[] = (await hub.db.query(`SELECT id::text AS id FROM audit_log`)).map((row: { id: string }) => row.id);
    const PAGE = `query ($after: String) {
      auditLog(first: 7, after: $after) { edges { node { id at } } pageInfo { hasNextPage endCursor } }
    }`;
    const seen: { id: string; at: string }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 1000; pages++) {
      const page: { edges: { node: { id: string; at: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await chair.client.ok(PAGE, { after })
      ).auditLog;
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ids = seen.map((entry) => entry.id);
    expect(before.length).toBeGreaterThan(120);
    expect(ids.length).toBe(new Set(ids).size);
    expect(before.filter((id) => !ids.includes(id))).toEqual([]);
    const times = seen.map((entry) => new Date(entry.at).getTime());
    expect(times.every((time, index) => index === 0 || time <= times[index - 1])).toBe(true);
  });
});
