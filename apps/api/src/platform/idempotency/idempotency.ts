import { ConflictReason } from '@ideas-hub/domain';
import { createHash } from 'node:crypto';
import type { Queryable } from '../database/database';
import { ConflictError } from '../graphql/errors';
import { IdempotencyRepository } from './idempotency.repository';

/** How long a key is remembered: long enough for any retry, short enough that the table stays small. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** Expired rows are deleted at most this often per process, by whichever request comes along. */
const CLEANUP_EVERY_MS = 10 * 60 * 1000;

export interface IdempotentRequest {
  /** The operation, e.g. `saveIdeaDraft`: a key is good for one operation only. */
  scope: string;
  /** The client's key (a UUID, validated at the edge); none: no protection, create as usual. */
  key: string | null | undefined;
  /** Who sends it; null where there is no account yet (register) or none must be stored. */
  accountId: string | null;
}

export interface IdempotentWork<T> {
  /** Creates the thing; runs at most once per key. Returns the result and the id of what it created. */
  create: () => Promise<{ id: string; result: T }>;
  /** The answer to a repeat of the key: the first result, read again by its id. */
  replay: (id: string) => Promise<T>;
}

let lastCleanup = 0;
// Plain functions that every domain calls inside its own transaction: the repository needs no injection.
const keys = new IdempotencyRepository();

/** A UUID's case carries no meaning: the same key typed in capitals is the same key. */
export function hashIdempotencyKey(key: string): Buffer {
  return createHash('sha256').update(key.toLowerCase()).digest();
}

/**
 * Creates once per key, inside the caller's transaction. The INSERT … ON CONFLICT on the key's hash
 * is the whole race guard: a second request with the same key waits on the first one's row until that
 * transaction ends, then either sees its committed result (and replays it) or, when the first rolled
 * back, takes the key itself. Never check-then-insert. A key older than the TTL is taken over as new.
 */
export async function createOnce<T>(tx: Queryable, request: IdempotentRequest, work: IdempotentWork<T>): Promise<T> {
  if (!request.key) return (await work.create()).result;
  await cleanupNowAndThen(tx);
  const claim = { keyHash: hashIdempotencyKey(request.key), scope: request.scope, accountId: request.accountId };
  // A repeat takes no lock here (DO NOTHING, and an UPDATE whose WHERE fails), so replays never queue.
  const claimed = (await keys.insertNew(tx, claim)) || (await keys.takeOverExpired(tx, claim, IDEMPOTENCY_KEY_TTL_HOURS));
  if (claimed) {
    const { id, result } = await work.create();
    await keys.setResult(tx, claim.keyHash, id);
    return result;
  }
  const first = await keys.find(tx, claim.keyHash);
  // Expired and cleaned up between the two statements: the key is new again.
  if (!first) return createOnce(tx, request, work);
  // Someone else's key, or this key for another form: never their result.
  if (first.scope !== request.scope || first.accountId !== request.accountId || !first.resultId) {
    throw new ConflictError(ConflictReason.KEY_REUSED, 'This form was already sent for something else: reload the page and try again', {
      field: 'idempotencyKey',
    });
  }
  return work.replay(first.resultId);
}

async function cleanupNowAndThen(tx: Queryable): Promise<void> {
  if (Date.now() - lastCleanup < CLEANUP_EVERY_MS) return;
  lastCleanup = Date.now();
  await expireIdempotencyKeys(tx);
}

/**
 * Deletes up to `batch` keys past their TTL; returns how many. SKIP LOCKED, on the caller's own
 * connection: the delete never waits for another transaction (nor for a second pool connection,
 * which under load could wait on the very requests queued behind this one's locks).
 */
export function expireIdempotencyKeys(db: Queryable, batch = 1000): Promise<number> {
  return keys.deleteExpired(db, IDEMPOTENCY_KEY_TTL_HOURS, batch);
}
