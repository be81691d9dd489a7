// The signed-in member, as the guard attaches it to the request.
import { type Permission, type Role, permissionsOf } from '@heritage/shared';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

export interface AuthenticatedMember {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  sessionId: string;
}

export interface RequestWithMember extends Request {
  member?: AuthenticatedMember;
}

export interface GqlContext {
  req: RequestWithMember;
  res: Response;
}

export function requestOf(context: ExecutionContext): RequestWithMember {
  if (context.getType<'http' | 'graphql'>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GqlContext>().req;
  }
  return context.switchToHttp().getRequest<RequestWithMember>();
}

export function memberCan(member: AuthenticatedMember | undefined, permission: Permission): boolean {
  return member !== undefined && permissionsOf(member.roles).has(permission);
}

/** The signed-in member (undefined on @Public() handlers for visitors). */
export const CurrentMember = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).member,
);

/** The client's address as rate limits count it (Express's req.ip, per the TRUST_PROXY setting). */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
