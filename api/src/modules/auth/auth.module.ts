// Owns sign-in (Passport local), sessions, password resets and email changes.
import { Module } from '@nestjs/common';
import { SessionAuthenticator } from '../../common/auth/session-authenticator';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { SignInLimiter } from './sign-in-limiter.service';
import { AuthMemberDataRepository } from './auth-member-data.repository';

@Module({
  imports: [PassportModule, AuditModule, MailModule],
  controllers: [AuthController],
  providers: [
    AuthRepository,
    AuthService,
    AuthResolver,
    LocalStrategy,
    SignInLimiter,
    AuthMemberDataRepository,
    // The global guard (common/auth/access.guard.ts) recognises sessions through this.
    { provide: SessionAuthenticator, useExisting: AuthService },
  ],
  exports: [AuthRepository, AuthService, SessionAuthenticator],
})
export class AuthModule {}
