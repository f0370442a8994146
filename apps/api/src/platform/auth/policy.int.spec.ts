import { ErrorCode } from '@ideas-hub/domain';
import { TestHub } from '../../../test/hub';
import { rootHandlers } from '../../../test/policy';

describe('the permission policy on every operation', () => {
  const hub = TestHub.forSuite();

  it('has an @Allow action from the policy table on every query and mutation', () => {
    const handlers = rootHandlers(hub);
    expect(handlers.map((handler) => handler.field)).toEqual(
      expect.arrayContaining(['me', 'register', 'signIn', 'grantRole', 'themes', 'recommendations']),
    );
    expect(handlers.filter((handler) => !handler.action).map((handler) => handler.where)).toEqual([]);
  });

  it('answers a malformed query with BAD_USER_INPUT, not a server error', async () => {
    const client = hub.client();
    for (const query of ['{ me { id ', '{ noSuchField }', 'mutation { grantRole }']) {
      const body = await client.gql(query);
      expect(body.errors?.[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(body.status).toBeLessThan(500);
    }
  });

  it('refuses an operation that asks for too much at once', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: me { id }`).join(' ');
    const error = await hub.client().error(`{ ${aliases} }`);
    expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toMatch(/aliases/i);
  });

  it('refuses a deep query hidden behind fragments', async () => {
    const fragments = Array.from({ length: 12 }, (_, level) => `fragment F${level} on Idea { mergedInto { ...F${level + 1} } }`).join(' ');
    const query = `{ idea(id: "00000000-0000-0000-0000-000000000000") { ...F0 } } ${fragments} fragment F12 on Idea { id }`;
    const error = await hub.client().error(query);
    expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toMatch(/depth|cost/i);
  });

  it('never sends a stack trace', async () => {
    const body = await hub.client().gql('{ noSuchField }');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .+\.js:\d+/i);
  });
});
