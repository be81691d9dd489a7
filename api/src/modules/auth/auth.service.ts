// Signing in and out, sessions, password changes and resets, email changes. Sign-in never reveals whether
// an email has an account, and failures are throttled per account and per address, with no permanent lockout.
import { LIMITS, MemberStatus, TOKEN_LIFETIME_HOURS, type FieldError } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { hashPassword, verifyPassword } from '../../common/auth/password';
import { passwordProblems } from '../../common/auth/password-policy';
import { SESSION_DAYS } from '../../common/auth/session-cookie';
import { expiresInHours, generateToken, hashToken } from '../../common/auth/tokens';
import { UserInputError } from '../../common/errors/app-errors';
import { AuditAction, AuditService } from '../audit/audit.service';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { TokenPurpose } from './auth-token.entity';
import { AuthRepository } from './auth.repository';

export const THROTTLE = {
  windowSeconds: 15 * 60,
  perAccount: 5,
  perAddress: 20,
} as const;

export const SIGN_IN_FAILED = 'Enter a correct email address and password';

export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts to sign in. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

export class SignInFailedError extends Error {
  constructor(message = SIGN_IN_FAILED) {
    super(message);
  }
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  sessionId: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblems(email: string, field = 'email'): FieldError[] {
  if (!email.trim()) return [{ field, message: 'Enter your email address' }];
  if (email.length > LIMITS.emailMax)
    return [{ field, message: `Email address must be ${LIMITS.emailMax} characters or fewer` }];
  if (!EMAIL.test(email.trim())) {
    return [{ field, message: 'Enter an email address in the correct format, like name@example.org' }];
  }
  return [];
}

@Injectable()
export class AuthService {
  /** A real hash to verify against when the email has no account, so both paths take the same time. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: AuthRepository,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Checks credentials for Passport's local strategy. Throws SignInThrottledError or SignInFailedError. */
  async verifyCredentials(email: string, password: string, ip: string): Promise<{ id: string }> {
    const emailKey = email.trim().toLowerCase();
    await this.assertNotThrottled(emailKey, ip);
    const member = await this.repository.credentialsByEmail(emailKey);
    const ok = await verifyPassword(member?.passwordHash ?? (await this.decoyHash), password).catch(() => false);
    if (!member || !member.passwordHash || !ok) {
      await this.repository.recordFailure(emailKey, ip);
      throw new SignInFailedError();
    }
    // Only someone who knows the password learns the account's state.
    if (member.status !== MemberStatus.Active) {
      throw new SignInFailedError('This account is suspended or closed. Contact the community administrators.');
    }
    await this.repository.clearFailures(emailKey);
    return { id: member.id };
  }

  private async assertNotThrottled(emailKey: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.repository.failures('email_key', emailKey, THROTTLE.windowSeconds),
      this.repository.failures('ip', ip, THROTTLE.windowSeconds),
    ]);
    const waits = [
      account.count >= THROTTLE.perAccount ? account.oldest : null,
      address.count >= THROTTLE.perAddress ? address.oldest : null,
    ]
      .filter((d): d is Date => d !== null)
      .map((oldest) => Math.max(1, Math.ceil((oldest.getTime() + THROTTLE.windowSeconds * 1000 - Date.now()) / 1000)));
    if (waits.length) throw new SignInThrottledError(Math.max(...waits));
  }

  async startSession(
    tx: Tx,
    memberId: string,
    client: { userAgent?: string | null; ip?: string | null },
  ): Promise<NewSession> {
    const { token, hash } = generateToken();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86400_000);
    const sessionId = await this.repository.createSession(tx, {
      memberId,
      tokenHash: hash,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip ?? null,
      expiresAt,
    });
    return { token, expiresAt, sessionId };
  }

  signIn(memberId: string, client: { userAgent?: string | null; ip?: string | null }): Promise<NewSession> {
    return this.uow.run((tx) => this.startSession(tx, memberId, client));
  }

  /** The member behind a session cookie; sliding expiry, refreshed at most hourly. */
  async authenticate(token: string): Promise<AuthenticatedMember | undefined> {
    const found = await this.repository.sessionMember(hashToken(token));
    if (!found) return undefined;
    const { lastSeenAt, ...member } = found;
    if (Date.now() - new Date(lastSeenAt).getTime() > 3600_000) {
      await this.repository.touchSession(member.sessionId, new Date(Date.now() + SESSION_DAYS * 86400_000));
    }
    return member;
  }

  signOut(sessionId: string): Promise<void> {
    return this.repository.revokeSession(sessionId);
  }

  /** Ends every session of the member, this one included. */
  signOutEverywhere(memberId: string): Promise<number> {
    return this.uow.run((m) => this.repository.revokeMemberSessions(m, memberId));
  }

  /** Verifies a signed-in member's password, as a field error on `field` when wrong. */
  async assertPassword(tx: Tx, memberId: string, password: string, field: string): Promise<void> {
    const member = await this.repository.credentialsById(tx, memberId);
    const ok = member?.passwordHash ? await verifyPassword(member.passwordHash, password).catch(() => false) : false;
    if (!ok) throw UserInputError.field(field, 'Your current password is not correct');
  }

  async changePassword(member: AuthenticatedMember, currentPassword: string, newPassword: string): Promise<void> {
    const problems = passwordProblems(newPassword, 'newPassword');
    if (problems.length) throw new UserInputError(problems);
    const hash = await hashPassword(newPassword);
    await this.uow.run(async (m) => {
      await this.assertPassword(m, member.id, currentPassword, 'currentPassword');
      await this.repository.setPassword(m, member.id, hash);
      // Every other browser is signed out; this one stays signed in.
      await this.repository.revokeMemberSessions(m, member.id, member.sessionId);
      await this.repository.retireTokens(m, member.id, TokenPurpose.ResetPassword);
      await this.audit.record(m, {
        actorId: member.id,
        action: AuditAction.PasswordChanged,
        targetType: 'MEMBER',
        targetId: member.id,
      });
    });
  }

  /** Always the same outcome for the caller, whether or not the email has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const problems = emailProblems(email);
    if (problems.length) throw new UserInputError(problems);
    const member = await this.repository.credentialsByEmail(email.trim());
    if (!member || member.status !== MemberStatus.Active) return;
    const { token, hash } = generateToken();
    await this.uow.run(async (m) => {
      await this.repository.retireTokens(m, member.id, TokenPurpose.ResetPassword);
      await this.repository.createToken(m, {
        purpose: TokenPurpose.ResetPassword,
        tokenHash: hash,
        memberId: member.id,
        expiresAt: expiresInHours(TOKEN_LIFETIME_HOURS.resetPassword),
      });
      await this.mail.send(
        m,
        member.email,
        mailTemplates.passwordReset(
          member.displayName,
          this.mail.link(`/reset-password/${token}`),
          TOKEN_LIFETIME_HOURS.resetPassword,
        ),
        `password-reset:${hash}`,
      );
    });
  }

  /** Sets a new password from an emailed link; ends every other session and signs this browser in. */
  async resetPassword(
    token: string,
    password: string,
    client: { userAgent?: string | null; ip?: string | null },
  ): Promise<NewSession> {
    const problems = passwordProblems(password);
    if (problems.length) throw new UserInputError(problems);
    const hash = await hashPassword(password);
    return this.uow.run(async (m) => {
      const used = await this.repository.consumeToken(m, hashToken(token), [TokenPurpose.ResetPassword]);
      if (!used?.memberId) throw expiredLink();
      await this.repository.setPassword(m, used.memberId, hash);
      await this.repository.revokeMemberSessions(m, used.memberId);
      await this.audit.record(m, {
        actorId: used.memberId,
        action: AuditAction.PasswordChanged,
        targetType: 'MEMBER',
        targetId: used.memberId,
        details: { via: 'reset link' },
      });
      return this.startSession(m, used.memberId, client);
    });
  }

  /** Emails a confirmation link to the new address. Says the same whether or not the address is taken. */
  async requestEmailChange(member: AuthenticatedMember, password: string, newEmail: string): Promise<void> {
    const problems = emailProblems(newEmail, 'newEmail');
    if (problems.length) throw new UserInputError(problems);
    const email = newEmail.trim();
    if (email.toLowerCase() === member.email.toLowerCase()) {
      throw UserInputError.field('newEmail', 'Enter a different email address from your current one');
    }
    await this.uow.run(async (m) => {
      await this.assertPassword(m, member.id, password, 'password');
      if (await this.repository.credentialsByEmail(email, m)) return;
      const { token, hash } = generateToken();
      await this.repository.retireTokens(m, member.id, TokenPurpose.ChangeEmail);
      await this.repository.createToken(m, {
        purpose: TokenPurpose.ChangeEmail,
        tokenHash: hash,
        memberId: member.id,
        email,
        expiresAt: expiresInHours(TOKEN_LIFETIME_HOURS.changeEmail),
      });
      await this.mail.send(
        m,
        email,
        mailTemplates.confirmEmailChange(
          member.displayName,
          this.mail.link(`/account/confirm-email/${token}`),
          TOKEN_LIFETIME_HOURS.changeEmail,
        ),
        `email-change:${hash}`,
      );
    });
  }

  async confirmEmailChange(token: string): Promise<void> {
    await this.uow.run(async (m) => {
      const used = await this.repository.consumeToken(m, hashToken(token), [TokenPurpose.ChangeEmail]);
      if (!used?.memberId || !used.email) throw expiredLink();
      const before = await this.repository.credentialsById(m, used.memberId);
      if (!before) throw expiredLink();
      if (await this.repository.emailTakenByOther(m, used.email, used.memberId))
        throw UserInputError.field('token', 'That email address is already in use. Choose another one.');
      await this.repository.setEmail(m, used.memberId, used.email);
      await this.audit.record(m, {
        actorId: used.memberId,
        action: AuditAction.EmailChanged,
        targetType: 'MEMBER',
        targetId: used.memberId,
      });
      await this.mail.send(
        m,
        before.email,
        mailTemplates.emailChanged(before.displayName, used.email),
        `email-changed:${used.id}`,
      );
    });
  }
}

export function expiredLink(): UserInputError {
  return UserInputError.field('token', 'This link has expired or has already been used. Ask for a new one.');
}
