import { WorkLimit } from './work-limit';

describe('WorkLimit', () => {
  it('runs at most the limit at once, queues a few, refuses the rest at once and then serves the queue', async () => {
    const limit = new WorkLimit(2, 3, () => new Error('busy'));
    const gates: (() => void)[] = [];
    const work = () => new Promise<string>((resolve) => gates.push(() => resolve('done')));
    const runs = Array.from({ length: 8 }, () => limit.run(work).catch((error: Error) => error.message));
    await new Promise((resolve) => setImmediate(resolve));
    expect({ inFlight: limit.inFlight, started: gates.length, full: limit.full }).toEqual({ inFlight: 2, started: 2, full: true });
    while (gates.length) {
      gates.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(runs)).toEqual(['done', 'done', 'done', 'done', 'done', 'busy', 'busy', 'busy']);
    expect({ inFlight: limit.inFlight, peak: limit.peak, full: limit.full }).toEqual({ inFlight: 0, peak: 2, full: false });
  });

  it('frees the slot of work that fails', async () => {
    const limit = new WorkLimit(1, 0, () => new Error('busy'));
    await expect(limit.run(() => Promise.reject(new Error('argon2 failed')))).rejects.toThrow('argon2 failed');
    await expect(limit.run(async () => 'next')).resolves.toBe('next');
  });
});
