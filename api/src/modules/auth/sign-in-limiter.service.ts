// Throttles password checks (sign-in and every re-check of a signed-in member's password) without letting
// anyone lock a member out from elsewhere. The rule, with SIGN_IN = ADDRESS,ACCOUNT,WINDOW (20,5,900):
//   - an account and address pair gets ACCOUNT failed attempts per window;
//   - an address gets ADDRESS failed attempts per window, across all accounts;
//   - once an account has had 10 × ACCOUNT failed attempts in the window from anywhere, only addresses with
//     no failed attempt for it in that window may still try (a spread-out guess slows down; the member at
//     their usual place, with no failures there, still signs in).
// Each attempt is counted before the password is checked, in one statement (RateLimitsRepository.hit), so
// parallel guesses each see their own count. A right password takes its attempt back.
import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { rateLimitKey } from '../rate-limits/rate-limit-key';
import { RateLimitsRepository } from '../rate-limits/rate-limits.repository';

/** With more failures than this × ACCOUNT on one account, addresses that have failed on it are refused. */
export const ACCOUNT_WIDE_FACTOR = 10;

export interface PasswordAttempt {
  /** Seconds to wait when the attempt is refused; the password must not be checked then. */
  refusedFor?: number;
  /** The password was right: the attempt is taken back and the pair's failures are forgotten. */
  succeeded(): Promise<void>;
}

@Injectable()
export class SignInLimiter {
  constructor(
    private readonly counters: RateLimitsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt to check `account`'s password (its lower-cased email) from `address`. */
  async attempt(account: string, address: string): Promise<PasswordAttempt> {
    const limit = this.config.rateLimits.SIGN_IN;
    const ip = normalizeIp(address);
    const keys = [
      rateLimitKey('SIGN_IN', 'pair', account, ip),
      rateLimitKey('SIGN_IN', 'address', ip),
      rateLimitKey('SIGN_IN', 'account', account),
    ];
    const [pair, byAddress, byAccount] = await this.counters.hit(
      keys.map((key) => ({ key, windowSeconds: limit.windowSeconds })),
    );
    const waits = [
      pair.hits > limit.perAccount ? pair.secondsLeft : 0,
      byAddress.hits > limit.perAddress ? byAddress.secondsLeft : 0,
      byAccount.hits > ACCOUNT_WIDE_FACTOR * limit.perAccount && pair.hits > 1 ? byAccount.secondsLeft : 0,
    ];
    const refusedFor = Math.max(...waits);
    return {
      refusedFor: refusedFor > 0 ? refusedFor : undefined,
      succeeded: async () => {
        await this.counters.forget([keys[0]]);
        await this.counters.refund([keys[1], keys[2]]);
      },
    };
  }
}
