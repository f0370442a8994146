import { Clock } from '../src/platform/rate-limit/clock.service';
import type { TestHub } from './hub';

/** Stops the attempt limits' clock of every hub given at one shared time, which the test then moves on. */
export function stopClocks(...hubs: TestHub[]): { advance(ms: number): void } {
  let now = Date.now();
  for (const hub of hubs) jest.spyOn(hub.get(Clock), 'now').mockImplementation(() => now);
  return {
    advance(ms: number) {
      now += ms;
    },
  };
}
