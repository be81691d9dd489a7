// The global guard: deny by default. It recognises the signed-in member from the session cookie, then lets
// a handler run only when it is @Public() or the member holds every permission named by @Allow(...).
// A handler with neither is refused, so forgetting a decorator fails closed.
import type { Permission } from '@heritage/shared';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import { memberCan, requestOf, type RequestWithMember } from './current-member';
import { IS_PUBLIC, REQUIRED_PERMISSIONS } from './public.decorator';
import { SessionAuthenticator } from './session-authenticator';
import { readCookie, sessionCookieName } from './session-cookie';

const LOOKUP = Symbol('session lookup');

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: SessionAuthenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, targets);
    const req = requestOf(context);
    await this.recognise(req);
    if (isPublic) return true;

    const http = context.getType<'http' | 'graphql'>() === 'http';
    if (!req.member) throw http ? new UnauthorizedException() : new UnauthenticatedError();
    if (!permissions || !permissions.every((p) => memberCan(req.member, p))) {
      throw http ? new ForbiddenException() : new ForbiddenError();
    }
    return true;
  }

  /**
   * Looks the session up once per request, however many resolvers run. Top-level fields resolve
   * concurrently, so every caller awaits the same lookup rather than a flag set before it finished.
   */
  private recognise(req: RequestWithMember & { [LOOKUP]?: Promise<void> }): Promise<void> {
    req[LOOKUP] ??= (async () => {
      const token = readCookie(req, sessionCookieName(this.config.isProduction));
      if (token) req.member = await this.auth.authenticate(token);
    })();
    return req[LOOKUP];
  }
}
