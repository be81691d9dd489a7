// Rate limits on the operations marked @RateLimit(kind): @nestjs/throttler's guard with two throttlers —
// per client address and per account — counted in PostgreSQL (PostgresThrottlerStorage). Runs after the
// global AccessGuard, so a refused (signed-out, forbidden) request is not counted, and req.member is known.
import {
  applyDecorators,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  normalizeIp,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Response } from 'express';
import { type GqlContext, type RequestWithMember, requestOf } from '../../common/auth/current-member';
import { RateLimitedError, rateLimitMessage } from '../../common/errors/app-errors';
import type { AppConfig, RateLimitKind } from '../../config/config';
import { rateLimitKey } from './rate-limit-key';

const RATE_LIMIT_KIND = 'heritage:rate-limit-kind';

function kindOf(context: ExecutionContext): RateLimitKind {
  const kind = Reflect.getMetadata(RATE_LIMIT_KIND, context.getHandler()) as RateLimitKind | undefined;
  if (!kind) throw new Error(`${context.getHandler().name} uses RateLimitGuard without @RateLimit(kind)`);
  return kind;
}

function argsOf(context: ExecutionContext): Record<string, unknown> {
  if (context.getType<'http' | 'graphql'>() !== 'graphql') return {};
  return GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
}

/**
 * The account a request counts against: the signed-in member, or for a signed-out request the email
 * address it names (the applicant's or the one asking for a reset link). Undefined: only the address counts.
 */
export function accountOf(context: ExecutionContext): string | undefined {
  const member = requestOf(context).member;
  if (member) return `member:${member.id}`;
  const args = argsOf(context);
  const input = args.input as Record<string, unknown> | undefined;
  const email = args.email ?? input?.email;
  return typeof email === 'string' && email.trim() ? `email:${email.trim().toLowerCase()}` : undefined;
}

/** The two throttlers, their limits read from the configuration for the operation's kind. */
export function rateLimitOptions(config: AppConfig, storage: ThrottlerStorage): ThrottlerModuleOptions {
  const limits = (context: ExecutionContext) => config.rateLimits[kindOf(context)];
  return {
    storage,
    setHeaders: false,
    generateKey: (context, tracker, name) => rateLimitKey(kindOf(context), name, tracker),
    throttlers: [
      {
        name: 'address',
        limit: (context) => limits(context).perAddress,
        ttl: (context) => limits(context).windowSeconds * 1000,
        getTracker: (req) => normalizeIp((req as RequestWithMember).ip ?? 'unknown'),
      },
      {
        name: 'account',
        limit: (context) => limits(context).perAccount,
        ttl: (context) => limits(context).windowSeconds * 1000,
        skipIf: (context) => accountOf(context) === undefined,
        getTracker: (_req, context) => accountOf(context) ?? '',
      },
    ],
  };
}

@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<'http' | 'graphql'>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
      return { req: ctx.req as unknown as Record<string, unknown>, res: ctx.res as unknown as Record<string, unknown> };
    }
    return super.getRequestResponse(context);
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    if (context.getType<'http' | 'graphql'>() === 'graphql') throw new RateLimitedError(seconds);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new HttpException({ code: 'RATE_LIMITED', message: rateLimitMessage(seconds) }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** Limits the operation per client address and per account, with the limits configured for `kind`. */
export function RateLimit(kind: RateLimitKind) {
  return applyDecorators(SetMetadata(RATE_LIMIT_KIND, kind), UseGuards(RateLimitGuard));
}
