// Sign-in and sign-out over plain HTTP (Passport's home ground). JSON bodies only, so a cross-site form
// cannot post here; the session cookie is SameSite=Lax and httpOnly.
import { Controller, HttpCode, Inject, Post, Req, Res, UnsupportedMediaTypeException, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { RequestWithMember } from '../../common/auth/current-member';
import { Public } from '../../common/auth/public.decorator';
import { clearSessionCookie, setSessionCookie } from '../../common/auth/session-cookie';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './local-auth.guard';

function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new UnsupportedMediaTypeException({ code: 'BAD_USER_INPUT', message: 'Send JSON' });
  }
}

@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  async signIn(@Req() req: Request & { user: { id: string } }, @Res({ passthrough: true }) res: Response) {
    const session = await this.auth.signIn(req.user.id, { userAgent: req.get('user-agent'), ip: req.ip });
    setSessionCookie(res, this.config.isProduction, session.token, session.expiresAt);
    return { signedIn: true };
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() req: RequestWithMember, @Res({ passthrough: true }) res: Response): Promise<void> {
    requireJson(req);
    if (req.member) await this.auth.signOut(req.member.sessionId);
    clearSessionCookie(res, this.config.isProduction);
  }
}
