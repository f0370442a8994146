import { afterEach, describe, expect, it, vi } from 'vitest';
import { UUID_V4 } from '../test/fakeApi';
import { newIdempotencyKey, useIdempotencyKey } from './useIdempotencyKey';

describe('idempotency keys', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes a v4 UUID even where crypto.randomUUID is missing (plain http is not a secure context)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) });
    const keys = Array.from({ length: 50 }, newIdempotencyKey);
    vi.unstubAllGlobals();
    expect(keys.every((key) => UUID_V4.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(50);
  });

  it('keeps the key through failures and renews it after a success', async () => {
    const idempotency = useIdempotencyKey();
    const sent: string[] = [];
    await expect(idempotency.send(async (key) => (sent.push(key), Promise.reject(new Error('lost'))))).rejects.toThrow('lost');
    await idempotency.send(async (key) => sent.push(key));
    await idempotency.send(async (key) => sent.push(key));
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[0]);
  });
});
