import { Redis } from 'ioredis';
import { ServiceUnavailableError } from '../graphql/errors';
import { AttemptState, AttemptStore } from './attempt-counter';

const PREFIX = 'ideas-hub:attempts:';

// Compare-and-set in one step on the server, so that instances racing for one key never both win.
const REPLACE = `
local current = redis.call('GET', KEYS[1])
if (current or '') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

function encode(state: AttemptState | null): string {
  return state ? `${state.attempts}:${state.lastAt}` : '';
}

/**
 * Counts shared by every instance: Redis holds only hashed keys and "attempts:last attempt" values, with a TTL.
 * While Redis is out of reach the attempt is refused with SERVICE_UNAVAILABLE: never let through uncounted.
 */
export class RedisAttemptStore implements AttemptStore {
  constructor(private readonly redis: Redis) {}

  async get(key: string): Promise<AttemptState | null> {
    const value = await this.reach(() => this.redis.get(PREFIX + key));
    if (!value) return null;
    const [attempts, lastAt] = value.split(':').map(Number);
    return { attempts, lastAt };
  }

  async replace(key: string, expected: AttemptState | null, next: AttemptState, ttlMs: number): Promise<boolean> {
    return (await this.reach(() => this.redis.eval(REPLACE, 1, PREFIX + key, encode(expected), encode(next), String(ttlMs)))) === 1;
  }

  async delete(key: string): Promise<void> {
    await this.reach(() => this.redis.del(PREFIX + key));
  }

  private async reach<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw new ServiceUnavailableError(5, 'its shared counters');
    }
  }
}
