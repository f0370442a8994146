import { ConflictReason } from '@ideas-hub/domain';
import { createHash } from 'node:crypto';
import type { Queryable } from '../database/database';
import { ConflictError } from '../graphql/errors';

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
export async function createOnce<T>(manager: Queryable, request: IdempotentRequest, work: IdempotentWork<T>): Promise<T> {
  if (!request.key) return (await work.create()).result;
  await cleanupNowAndThen(manager);
  const keyHash = hashIdempotencyKey(request.key);
  const claimed = await claim(manager, keyHash, request);
  if (claimed) {
    const { id, result } = await work.create();
    await manager.query(`UPDATE idempotency_keys SET result_id = $2 WHERE key_hash = $1`, [keyHash, id]);
    return result;
  }
  const [first]: { scope: string; account_id: string | null; result_id: string | null }[] = await manager.query(
    `SELECT scope, account_id, result_id FROM idempotency_keys WHERE key_hash = $1`,
    [keyHash],
  );
  // Expired and cleaned up between the two statements: the key is new again.
  if (!first) return createOnce(manager, request, work);
  // Someone else's key, or this key for another form: never their result.
  if (first.scope !== request.scope || first.account_id !== request.accountId || !first.result_id) {
    throw new ConflictError(ConflictReason.KEY_REUSED, 'This form was already sent for something else: reload the page and try again', {
      field: 'idempotencyKey',
    });
  }
  return work.replay(first.result_id);
}

/**
 * True when this request now holds the key: it was new, or its earlier use has expired. A repeat
 * takes no lock here (DO NOTHING, and an UPDATE whose WHERE fails), so replays never queue.
 */
async function claim(manager: Queryable, keyHash: Buffer, request: IdempotentRequest): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_keys (key_hash, scope, account_id) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
    [keyHash, request.scope, request.accountId],
  );
  if (inserted.length) return true;
  const [taken]: [unknown[], number] = await manager.query(
    `UPDATE idempotency_keys SET scope = $2, account_id = $3, result_id = NULL, created_at = now()
      WHERE key_hash = $1 AND created_at < now() - make_interval(hours => $4) RETURNING key_hash`,
    [keyHash, request.scope, request.accountId, IDEMPOTENCY_KEY_TTL_HOURS],
  );
  return taken.length > 0;
}

async function cleanupNowAndThen(manager: Queryable): Promise<void> {
  if (Date.now() - lastCleanup < CLEANUP_EVERY_MS) return;
  lastCleanup = Date.now();
  await expireIdempotencyKeys(manager);
}

/**
 * Deletes up to `batch` keys past their TTL; returns how many. SKIP LOCKED, on the caller's own
 * connection: the delete never waits for another transaction (nor for a second pool connection,
 * which under load could wait on the very requests queued behind this one's locks).
 */
export async function expireIdempotencyKeys(manager: Queryable, batch = 1000): Promise<number> {
  const [, deleted]: [unknown, number] = await manager.query(
    `DELETE FROM idempotency_keys WHERE key_hash IN (
       SELECT key_hash FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [IDEMPOTENCY_KEY_TTL_HOURS, batch],
  );
  return deleted;
}
