import { Action, ErrorCode } from '@ideas-hub/domain';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { TestHub } from '../../../test/hub';
import { ALLOW_KEY } from './allow.decorator';

// @nestjs/graphql's metadata keys for @Query, @Mutation and @Subscription handlers.
const RESOLVER_TYPE = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

describe('the permission policy on every operation', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await TestHub.start()));
  afterAll(() => hub.close());

  it('has an @Allow action from the policy table on every query and mutation', () => {
    const scanner = new MetadataScanner();
    const providers = [...hub.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    const operations: string[] = [];
    const unguarded: string[] = [];
    for (const wrapper of providers) {
      // Request-scoped resolvers have no instance yet: read their class instead.
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype as Record<string, unknown> | undefined;
      if (!prototype) continue;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        if (!ROOT_TYPES.has(Reflect.getMetadata(RESOLVER_TYPE, handler))) continue;
        operations.push(method);
        const action = Reflect.getMetadata(ALLOW_KEY, handler);
        if (!Object.values(Action).includes(action)) unguarded.push(`${(prototype.constructor as { name: string }).name}.${method}`);
      }
    }
    expect(operations).toEqual(expect.arrayContaining(['me', 'register', 'signIn', 'grantRole', 'themes', 'recommendations']));
    expect(unguarded).toEqual([]);
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
