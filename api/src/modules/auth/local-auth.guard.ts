// Runs the local strategy and turns its outcomes into HTTP answers: 400 for missing fields,
// 401 with one non-revealing message, 429 with Retry-After when throttled.
import {
  BadRequestException,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import { SignInFailedError, SignInThrottledError } from './auth.service';

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  /** JSON only: a cross-site HTML form cannot send it, so it cannot attempt sign-ins for someone. */
  override canActivate(context: ExecutionContext) {
    if (!context.switchToHttp().getRequest<Request>().is('application/json')) {
      throw new UnsupportedMediaTypeException({ code: 'BAD_USER_INPUT', message: 'Send JSON' });
    }
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser, info: unknown, context: ExecutionContext): TUser {
    if (error instanceof SignInThrottledError) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(error.retryAfterSeconds));
      throw new HttpException({ code: 'TOO_MANY_REQUESTS', message: error.message }, HttpStatus.TOO_MANY_REQUESTS);
    }
    if (error instanceof SignInFailedError) {
      throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: error.message });
    }
    if (error instanceof Error) throw error;
    if (error) throw new Error('Sign-in failed unexpectedly');
    if (!user) {
      // Passport says "Missing credentials" when a field is absent or empty.
      const body = context.switchToHttp().getRequest<{ body?: { email?: unknown; password?: unknown } }>().body ?? {};
      const fields = [
        ...(typeof body.email === 'string' && body.email
          ? []
          : [{ field: 'email', message: 'Enter your email address' }]),
        ...(typeof body.password === 'string' && body.password
          ? []
          : [{ field: 'password', message: 'Enter your password' }]),
      ];
      throw new BadRequestException({ code: 'BAD_USER_INPUT', message: fields[0]?.message ?? String(info), fields });
    }
    return user;
  }
}
