import type { Actor } from './actor';

/** Who a session cookie's token stands for: the middleware asks this, and accounts answers it. */
export interface SessionResolver {
  /** The actor behind a token, or null when there is none (ended, expired, or the account disabled). */
  resolve(token: string): Promise<Actor | null>;
}

/** The provider token under which the accounts domain offers its SessionResolver. */
export const SESSION_RESOLVER = Symbol('SessionResolver');
