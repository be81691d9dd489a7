// Owns sign-in (Passport local), sessions, password resets and email changes.
import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { SignInLimiter } from './sign-in-limiter.service';

@Module({
  imports: [PassportModule, AuditModule, MailModule],
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, AuthResolver, LocalStrategy, SignInLimiter],
  exports: [AuthRepository, AuthService],
})
export class AuthModule {}
