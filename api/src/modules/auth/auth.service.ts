// Signing in and out, sessions, password changes and resets, email changes. Sign-in never reveals whether
// an email has an account; every password check goes through the SignInLimiter (see its rule), with no
// permanent lockout. A reset request does the same work for every address: the job decides.
import {
  LIMITS,
  MemberStatus,
  TOKEN_LIFETIME_HOURS,
  TokenPurpose,
  type FieldError,
  AuditAction,
} from '@heritage/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import type { SessionAuthenticator } from '../../common/auth/session-authenticator';
import { hashPassword, verifyPassword } from '../../common/auth/password';
import { passwordProblems } from '../../common/auth/password-policy';
import { SESSION_DAYS } from '../../common/auth/session-cookie';
import { expiresInHours, generateToken, hashToken } from '../../common/auth/tokens';
import { RateLimitedError, UserInputError } from '../../common/errors/app-errors';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { JobWorker } from '../jobs/job-worker.service';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { AuthRepository } from './auth.repository';
import { SignInLimiter } from './sign-in-limiter.service';

/** The job behind requestPasswordReset: it looks the address up and emails a link only to an active member. */
export const PASSWORD_RESET_JOB = 'auth.password-reset';

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
export class AuthService implements OnModuleInit, SessionAuthenticator {
  /** A real hash to verify against when the email has no account, so both paths take the same time. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: AuthRepository,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly limiter: SignInLimiter,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
  ) {}

  onModuleInit(): void {
    this.worker.register(PASSWORD_RESET_JOB, (payload) => this.sendPasswordReset(String(payload.email)));
  }

  /** Checks credentials for Passport's local strategy. Throws SignInThrottledError or SignInFailedError. */
  async verifyCredentials(email: string, password: string, ip: string): Promise<{ id: string }> {
    const emailKey = email.trim().toLowerCase();
    // Counted before the password is checked, so parallel guesses cannot all get through.
    const attempt = await this.limiter.attempt(emailKey, ip);
    if (attempt.refusedFor) throw new SignInThrottledError(attempt.refusedFor);
    const member = await this.repository.credentialsByEmail(emailKey);
    const ok = await verifyPassword(member?.passwordHash ?? (await this.decoyHash), password).catch(() => false);
    if (!member || !member.passwordHash || !ok) {
      await this.repository.recordFailure(emailKey, ip);
      throw new SignInFailedError();
    }
    await attempt.succeeded();
    // Only someone who knows the password learns the account's state.
    if (member.status !== MemberStatus.Active) {
      throw new SignInFailedError('This account is suspended or closed. Contact the community administrators.');
    }
    await this.repository.clearFailures(emailKey);
    return { id: member.id };
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

  /**
   * Verifies a signed-in member's password, as a field error on `field` when wrong, through the same limiter
   * as sign-in (RATE_LIMITED when refused). Call it before opening a transaction: the attempt must stay
   * counted when the caller's transaction rolls back.
   */
  async assertPassword(member: AuthenticatedMember, password: string, field: string, address: string): Promise<void> {
    const attempt = await this.limiter.attempt(member.email.trim().toLowerCase(), address);
    if (attempt.refusedFor) throw new RateLimitedError(attempt.refusedFor);
    const found = await this.repository.credentialsById(undefined, member.id);
    const ok = found?.passwordHash ? await verifyPassword(found.passwordHash, password).catch(() => false) : false;
    if (!ok) throw UserInputError.field(field, 'Your current password is not correct');
    await attempt.succeeded();
  }

  async changePassword(
    member: AuthenticatedMember,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<void> {
    const problems = passwordProblems(newPassword, 'newPassword');
    if (problems.length) throw new UserInputError(problems);
    await this.assertPassword(member, currentPassword, 'currentPassword', address);
    const hash = await hashPassword(newPassword);
    await this.uow.run(async (m) => {
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

  /**
   * Always the same outcome and the same work for the caller, whether or not the email has an account: one
   * job is enqueued either way, and the job (sendPasswordReset) decides whether to send a link.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const problems = emailProblems(email);
    if (problems.length) throw new UserInputError(problems);
    await this.uow.run((tx) => this.queue.enqueue(tx, PASSWORD_RESET_JOB, { email: email.trim() }));
  }

  /** The reset job: a link for an active member; nothing for an unknown, suspended or closed address. */
  async sendPasswordReset(email: string): Promise<void> {
    const member = await this.repository.credentialsByEmail(email);
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
  async requestEmailChange(
    member: AuthenticatedMember,
    password: string,
    newEmail: string,
    address: string,
  ): Promise<void> {
    const problems = emailProblems(newEmail, 'newEmail');
    if (problems.length) throw new UserInputError(problems);
    const email = newEmail.trim();
    if (email.toLowerCase() === member.email.toLowerCase()) {
      throw UserInputError.field('newEmail', 'Enter a different email address from your current one');
    }
    await this.assertPassword(member, password, 'password', address);
    await this.uow.run(async (m) => {
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
        mailTemplates.emailChanged(before.displayName, used.email, this.mail.replyTo),
        `email-changed:${used.id}`,
      );
    });
  }
}

export function expiredLink(): UserInputError {
  return UserInputError.field('token', 'This link has expired or has already been used. Ask for a new one.');
}
