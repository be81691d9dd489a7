// Owns the rate-limit counters (PostgreSQL, shared by every process): the throttler behind @RateLimit(kind)
// and the repository the sign-in limiter counts with.
import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { rateLimitOptions } from './rate-limit.guard';
import { RateLimitsRepository } from './rate-limits.repository';

@Module({ providers: [RateLimitsRepository], exports: [RateLimitsRepository] })
class RateLimitCountersModule {}

@Global()
@Module({
  imports: [
    RateLimitCountersModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitCountersModule],
      inject: [APP_CONFIG, RateLimitsRepository],
      useFactory: (config: AppConfig, counters: RateLimitsRepository) =>
        rateLimitOptions(config, new PostgresThrottlerStorage(counters)),
    }),
  ],
  exports: [RateLimitCountersModule],
})
export class RateLimitsModule {}
