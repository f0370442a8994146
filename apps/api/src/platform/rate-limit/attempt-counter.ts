import { createHash } from 'node:crypto';
import { RateLimitedError } from '../graphql/errors';
import type { Clock } from './clock.service';

/**
 * How attempts at one thing (a receipt code, an account) are slowed: the first `freeAttempts` go at once;
 * after them each attempt waits `firstDelayMs`, doubling every time up to `maxDelayMs`, counted from
 * the attempt before; `forgetAfterMs` without an attempt starts the count again, so nobody is locked out for good.
 */
export interface BackoffPolicy {
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export interface AttemptState {
  attempts: number;
  /** Milliseconds since the epoch, by the counter's clock. */
  lastAt: number;
}

/** Where counts live: in memory, in Redis or in PostgreSQL. Keys arrive hashed: no store ever holds a code or an email. */
export interface AttemptStore {
  get(key: string): Promise<AttemptState | null>;
  /** Writes `next` only while the key still holds `expected`: false when another request changed it first. */
  replace(key: string, expected: AttemptState | null, next: AttemptState, ttlMs: number): Promise<boolean>;
  /** Forgets the key (and may tidy away whatever expired before `now`). */
  delete(key: string, now: number): Promise<void>;
}

/** Milliseconds still to wait before the next attempt; 0 when it may go ahead. */
export function waitBeforeNext(policy: BackoffPolicy, state: AttemptState | null, now: number): number {
  if (!state || forgotten(policy, state, now) || state.attempts < policy.freeAttempts) return 0;
  const delay = Math.min(policy.firstDelayMs * 2 ** (state.attempts - policy.freeAttempts), policy.maxDelayMs);
  return Math.max(0, state.lastAt + delay - now);
}

function forgotten(policy: BackoffPolicy, state: AttemptState, now: number): boolean {
  return now - state.lastAt >= policy.forgetAfterMs;
}

/**
 * Each lost race means another request won one, and racing ends once the free attempts are taken (the rest
 * then only read): a burst of parallel guesses settles within `freeAttempts` + 1 rounds. Past this many,
 * a request is asked to wait a moment, uncounted.
 */
const MAX_RACES = 32;
const CONTENDED_WAIT_MS = 1000;

export class AttemptCounter {
  constructor(
    private readonly name: string,
    readonly policy: BackoffPolicy,
    private readonly store: AttemptStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Counts an attempt at `subject` before it is checked, so that guesses sent in parallel cannot pass the limit
   * together; `reset` takes it back when it succeeds. Returns 0 when the attempt may go ahead, otherwise the
   * milliseconds to wait; an attempt refused for waiting is not counted, so it never lengthens the wait.
   */
  async take(subject: string): Promise<number> {
    const key = this.keyOf(subject);
    for (let race = 0; race < MAX_RACES; race++) {
      const now = this.clock.now();
      const state = await this.store.get(key);
      const wait = waitBeforeNext(this.policy, state, now);
      if (wait > 0) return wait;
      const attempts = state && !forgotten(this.policy, state, now) ? state.attempts + 1 : 1;
      if (await this.store.replace(key, state, { attempts, lastAt: now }, this.policy.forgetAfterMs)) return 0;
    }
    return CONTENDED_WAIT_MS;
  }

  /** `take`, refusing with RATE_LIMITED and the seconds to wait. */
  async admit(subject: string): Promise<void> {
    const wait = await this.take(subject);
    if (wait > 0) throw new RateLimitedError(Math.ceil(wait / 1000));
  }

  reset(subject: string): Promise<void> {
    return this.store.delete(this.keyOf(subject), this.clock.now());
  }

  /** SHA-256 of the counter's name and the subject, hex: the same in every instance, and no subject in any store. */
  private keyOf(subject: string): string {
    return createHash('sha256').update(`${this.name}\0${subject}`).digest('hex');
  }
}

/** Most keys a memory store keeps: about 20 MB at worst; past it the oldest go first. */
const MEMORY_STORE_MAX_KEYS = 100_000;

/** One process's counts, when there is no Redis to share them. Never written anywhere. */
export class MemoryAttemptStore implements AttemptStore {
  private readonly entries = new Map<string, { state: AttemptState; expiresAt: number }>();

  constructor(private readonly maxKeys = MEMORY_STORE_MAX_KEYS) {}

  async get(key: string): Promise<AttemptState | null> {
    return this.entries.get(key)?.state ?? null;
  }

  async replace(key: string, expected: AttemptState | null, next: AttemptState, ttlMs: number): Promise<boolean> {
    if (!sameState(this.entries.get(key)?.state ?? null, expected)) return false;
    // Delete first so that the Map, in insertion order, stays oldest first: expiry and eviction look only at its head.
    this.entries.delete(key);
    this.entries.set(key, { state: next, expiresAt: next.lastAt + ttlMs });
    this.tidy(next.lastAt);
    return true;
  }

  async delete(key: string, now: number): Promise<void> {
    this.entries.delete(key);
    this.tidy(now);
  }

  private tidy(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now && this.entries.size <= this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}

export function sameState(a: AttemptState | null, b: AttemptState | null): boolean {
  return a === b || (a !== null && b !== null && a.attempts === b.attempts && a.lastAt === b.lastAt);
}
