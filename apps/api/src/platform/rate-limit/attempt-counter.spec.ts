import { AttemptCounter, MemoryAttemptStore, waitBeforeNext } from './attempt-counter';
import { Clock } from './clock.service';

const POLICY = { freeAttempts: 2, firstDelayMs: 1000, maxDelayMs: 5000, forgetAfterMs: 60_000 };

describe('attempt back-off', () => {
  it('lets the free attempts go, then doubles the wait from the last attempt up to the cap, and forgets after the quiet period', () => {
    const waits = [0, 1, 2, 3, 4, 5].map((attempts) => waitBeforeNext(POLICY, attempts ? { attempts, lastAt: 0 } : null, 0));
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 5000]);
    expect(waitBeforeNext(POLICY, { attempts: 4, lastAt: 0 }, 3000)).toBe(1000);
    expect(waitBeforeNext(POLICY, { attempts: 50, lastAt: 0 }, 60_000)).toBe(0);
  });

  it('counts in memory by a hashed key, and keeps no more keys than it may', async () => {
    const store = new MemoryAttemptStore(3);
    const counter = new AttemptCounter('test', POLICY, store, new Clock());
    for (const subject of ['a', 'b', 'c', 'd']) await counter.take(subject);
    expect(await counter.take('d')).toBe(0);
    expect(await counter.take('d')).toBeGreaterThan(0);
    // 'a' was the oldest: evicted, it starts again.
    expect(await counter.take('a')).toBe(0);
    expect(await counter.take('a')).toBe(0);
    expect(await counter.take('a')).toBeGreaterThan(0);
    const keys = [...(store as unknown as { entries: Map<string, unknown> }).entries.keys()];
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
