// The global guard: deny by default. Handlers are reachable only when marked @Public();
// sign-in and per-permission rules (membership issue) extend this guard, not replace it.
import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError } from '../errors/app-errors';
import { IS_PUBLIC } from './public.decorator';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (context.getType<'http' | 'graphql'>() === 'http') throw new UnauthorizedException();
    throw new UnauthenticatedError();
  }
}
