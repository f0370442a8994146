import { ErrorCode, Role } from '@ideas-hub/domain';
import { TestHub } from '../../test/hub';
import { AuditService } from './audit.service';

const LOG = `query ($action: String, $actor: ID, $first: Int, $after: String) {
  auditLog(action: $action, actor: $actor, first: $first, after: $after) {
    edges { node { action entityType entityId actor { id name } after } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('the audit log', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await TestHub.start()));
  afterAll(() => hub.close());

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
        hub.get(AuditService).record(manager, { actor: { accountId: admin.id }, action: 'pagedAction', entityType: 'Test', entityId: String(index) }),
      );
    }
    const first = (await chair.client.ok(LOG, { action: 'pagedAction', actor: admin.id, first: 2 })).auditLog;
    expect(first.edges.map((edge: { node: { entityId: string } }) => edge.node.entityId)).toEqual(['2', '1']);
    expect(first.edges[0].node.actor).toEqual({ id: admin.id, name: admin.name });
    const second = (await admin.client.ok(LOG, { action: 'pagedAction', actor: admin.id, first: 2, after: first.pageInfo.endCursor })).auditLog;
    expect(second.edges.map((edge: { node: { entityId: string } }) => edge.node.entityId)).toEqual(['0']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const member = await hub.account([Role.BOARD_MEMBER]);
    expect((await member.client.error(LOG)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(LOG)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await chair.client.error(LOG, { actor: 'someone' })).extensions.fields).toEqual([{ field: 'actor', message: 'actor must be the id of an account' }]);
  });
});
