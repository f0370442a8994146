import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule, ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AttemptCounters } from './attempt-counters';
import { Clock } from './clock.service';

const STORAGE = Symbol('rate limit storage');

/**
 * Attempt counters: per client address for sign-in and registration (the throttler), and per
 * receipt code or account (AttemptCounters). In memory by default; in Redis when REDIS_URL is set,
 * so that every instance behind a load balancer shares them.
 * Provided through Nest so that the Redis connection closes with the app.
 */
@Module({})
export class RateLimitModule {
  static forRoot(options: { limitPerMinute: number; redisUrl: string | null }): DynamicModule {
    const storage = {
      provide: STORAGE,
      useFactory: (): ThrottlerStorage =>
        // Few retries: while Redis is down an attempt is refused at once (SERVICE_UNAVAILABLE), not held for seconds.
        options.redisUrl ? new ThrottlerStorageRedisService(options.redisUrl, { maxRetriesPerRequest: 2 }) : new ThrottlerStorageService(),
    };
    const storageModule = { module: class RateLimitStorageModule {}, providers: [storage], exports: [storage] };
    return {
      module: RateLimitModule,
      global: true,
      providers: [
        Clock,
        { provide: AttemptCounters, inject: [Clock], useFactory: (clock: Clock) => new AttemptCounters(options.redisUrl, clock) },
      ],
      imports: [
        ThrottlerModule.forRootAsync({
          imports: [storageModule],
          inject: [STORAGE],
          useFactory: (store: ThrottlerStorage) => ({
            throttlers: [{ name: 'auth', ttl: 60_000, limit: options.limitPerMinute }],
            storage: store,
          }),
        }),
      ],
      exports: [ThrottlerModule, Clock, AttemptCounters],
    };
  }
}
