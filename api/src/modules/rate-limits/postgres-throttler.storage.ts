// @nestjs/throttler's storage, kept in PostgreSQL so every app process counts against the same limits.
import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimitsRepository } from './rate-limits.repository';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly repository: RateLimitsRepository) {}

  /**
   * `ttl` is in milliseconds. A fixed window: once over the limit, a key stays refused until its window
   * ends (so `blockDuration` is the rest of the window; the throttlers here do not set it).
   */
  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const [{ hits, secondsLeft }] = await this.repository.hit([{ key, windowSeconds: Math.ceil(ttl / 1000) }]);
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }
}
