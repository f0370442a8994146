import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AttemptCounter, AttemptStore, BackoffPolicy, MemoryAttemptStore } from './attempt-counter';
import type { Clock } from './clock.service';
import { RedisAttemptStore } from './redis-attempt-store';

/** Makes the hub's attempt counters: all in Redis when REDIS_URL is set, so that every instance shares them. */
export class AttemptCounters implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly shared: AttemptStore | null;
  private readonly memory = new MemoryAttemptStore();

  constructor(
    redisUrl: string | null,
    private readonly clock: Clock,
  ) {
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 2 }) : null;
    // A lost connection fails the commands that need it; the event itself needs no crash and no log line per retry.
    this.redis?.on('error', () => undefined);
    this.shared = this.redis ? new RedisAttemptStore(this.redis) : null;
  }

  /** In Redis when set; otherwise in `withoutRedis`: this process's memory unless the domain keeps them itself. */
  counter(name: string, policy: BackoffPolicy, withoutRedis: AttemptStore = this.memory): AttemptCounter {
    return new AttemptCounter(name, policy, this.shared ?? withoutRedis, this.clock);
  }

  async onModuleDestroy(): Promise<void> {
    // quit() waits for a connection that may never come (Redis down) and keeps reconnecting meanwhile.
    if (this.redis?.status === 'ready') await this.redis.quit();
    else this.redis?.disconnect();
  }
}
