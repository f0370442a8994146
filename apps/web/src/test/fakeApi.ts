import { ErrorCode } from '@ideas-hub/domain';
import { vi } from 'vitest';
import type { ApiError } from '../graphql/client';

export interface FakeResponse {
  data?: unknown;
  errors?: ApiError[];
}
type Answer = FakeResponse | ((variables: Record<string, unknown>) => FakeResponse);

export interface RecordedCall {
  operationName: string;
  variables: Record<string, unknown>;
  init: RequestInit;
}

/**
 * What the app shell asks on every page for a signed-in person (the header's unread count). Unless a
 * test answers it itself, it is answered with nothing new and left out of `calls`, so that each test
 * sees only what its page asks.
 */
const BACKGROUND: Record<string, FakeResponse> = {
  UnreadNotifications: { data: { notifications: { unreadCount: 0 } } },
};

/**
 * Replaces `fetch` with a fake GraphQL endpoint that answers each operation by name, so tests
 * exercise the real client, store and pages down to the network boundary.
 */
export function fakeApi(answers: Record<string, Answer>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables = {} } = JSON.parse(init.body as string) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
      const background = !answers[operationName] && BACKGROUND[operationName];
      if (!background) calls.push({ operationName, variables, init });
      const answer = answers[operationName] ?? background;
      if (!answer) throw new Error(`The fake API has no answer for ${operationName}`);
      const body = typeof answer === 'function' ? answer(variables) : answer;
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

export const SIGNED_OUT = { data: { me: null } };

/** A version 4 UUID, as an idempotency key is. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The first call's answer is lost to a server failure; every later call gets `answer`, as after a retry. */
export function failingOnce(answer: (call: number) => FakeResponse): Answer {
  let calls = 0;
  return () =>
    calls++ === 0
      ? {
          errors: [
            { message: 'Something went wrong on our side. Try again later.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
          ],
        }
      : answer(calls);
}

/** The idempotency key each call of one operation sent in its input, in order. */
export function idempotencyKeysOf(calls: RecordedCall[], operationName: string): string[] {
  return calls
    .filter((call) => call.operationName === operationName)
    .map((call) => (call.variables.input as { idempotencyKey: string }).idempotencyKey);
}
