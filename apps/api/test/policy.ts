import { Action } from '@ideas-hub/domain';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ALLOW_KEY } from '../src/platform/auth/allow.decorator';
import type { TestHub } from './hub';

// @nestjs/graphql's metadata keys for @Query, @Mutation and @Subscription handlers and their field names.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface RootHandler {
  /** `Resolver.method`, for messages. */
  where: string;
  /** The schema field it serves. */
  field: string;
  /** Its @Allow action, if any (anything else is not an action of the policy table). */
  action: Action | undefined;
}

/** Every query, mutation and subscription handler of the running app, with the policy action it names. */
export function rootHandlers(hub: TestHub): RootHandler[] {
  const scanner = new MetadataScanner();
  const providers = [...hub.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
  const handlers: RootHandler[] = [];
  for (const wrapper of providers) {
    // Request-scoped resolvers have no instance yet: read their class instead.
    const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype as Record<string, unknown> | undefined;
    if (!prototype) continue;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as object;
      if (!ROOT_TYPES.has(Reflect.getMetadata(RESOLVER_TYPE, handler))) continue;
      const action = Reflect.getMetadata(ALLOW_KEY, handler);
      handlers.push({
        where: `${(prototype.constructor as { name: string }).name}.${method}`,
        field: Reflect.getMetadata(RESOLVER_NAME, handler) ?? method,
        action: Object.values(Action).includes(action) ? action : undefined,
      });
    }
  }
  return handlers;
}
