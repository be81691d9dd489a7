// The membership journey: apply → review (approve, reject, ask a question) → set a password; and invitations.
// Every decision happens in one transaction with its audit entry, emails and notifications.
import {
  ApplicationMessageKind,
  ApplicationNotificationKind,
  ApplicationStatus,
  MemberStatus,
  Permission,
  Role,
  Sector,
  TOKEN_LIFETIME_HOURS,
  TokenPurpose,
  type FieldError,
  AuditAction,
  OPEN_APPLICATION_STATUSES,
} from '@heritage/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { hashPassword } from '../../common/auth/password';
import { passwordProblems } from '../../common/auth/password-policy';
import { expiresInHours, generateToken, hashToken } from '../../common/auth/tokens';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../common/graphql/connection';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from '../auth/auth.repository';
import { AuthService, emailProblems, expiredLink, type NewSession } from '../auth/auth.service';
import { JobQueue } from '../jobs/job-queue.service';
import { JobWorker } from '../jobs/job-worker.service';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { AccountSetup, ApplicationQuestion, MembershipApplication } from './application.model';
import { type ApplicationRow, ApplicationsRepository } from './applications.repository';
import type {
  AnswerApplicationQuestionInput,
  ApplicationsArgs,
  CompleteAccountSetupInput,
  InviteMemberInput,
  RejectApplicationInput,
  RequestInformationInput,
  SubmitApplicationInput,
} from './dto/application.inputs';

/** Said to every applicant, whether or not the address could apply: no account enumeration. */
export const APPLICATION_RECEIVED =
  'Thank you. If this email address can apply, you will receive an email confirming we have your application.';

const tidy = (s: string) => s.trim().replace(/\s+/g, ' ');

/** The job behind submitApplication: it decides whether the address can apply, and records and emails. */
export const SUBMIT_APPLICATION_JOB = 'applications.submit';
/** The review queue's keyset: (priority, created_at, id). */
const APPLICATIONS_CURSOR = cursorCodec('applications', Part.int, Part.timestamp, Part.uuid);

@Injectable()
export class ApplicationsService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: ApplicationsRepository,
    private readonly authRepository: AuthRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
  ) {}

  onModuleInit(): void {
    this.worker.register(SUBMIT_APPLICATION_JOB, (payload) =>
      this.record(payload as unknown as SubmitApplicationInput),
    );
  }

  /**
   * Checks the answers, then enqueues one job: the same work whether or not the address has an account or
   * an open application, so neither the answer nor its timing tells them apart. The job decides.
   */
  async submit(input: SubmitApplicationInput): Promise<string> {
    const email = input.email.trim();
    const problems: FieldError[] = [...emailProblems(email)];
    const sectorOther = input.sectorOther?.trim() || null;
    if (input.sector === Sector.Other && !sectorOther)
      problems.push({ field: 'sectorOther', message: 'Tell us which sector you work in' });
    for (const field of ['fullName', 'organisation', 'jobTitle', 'hopes', 'heardAbout'] as const) {
      if (!input[field].trim()) problems.push({ field, message: blankMessage[field] });
    }
    if (problems.length) throw new UserInputError(problems);
    const answers: SubmitApplicationInput = { ...input, email, sectorOther };
    await this.uow.run((tx) => this.queue.enqueue(tx, SUBMIT_APPLICATION_JOB, answers));
    return APPLICATION_RECEIVED;
  }

  /** The submit job: nothing for an address with an account or an open application; else record and email. */
  async record(input: SubmitApplicationInput): Promise<void> {
    const email = input.email;
    const sectorOther = input.sectorOther ?? null;
    await this.uow.run(async (m) => {
      if (await this.repository.memberExistsWithEmail(m, email)) return;
      const id = await this.repository.insertIfNoneOpen(m, {
        email,
        fullName: tidy(input.fullName),
        organisation: tidy(input.organisation),
        jobTitle: tidy(input.jobTitle),
        sector: input.sector,
        sectorOther: input.sector === Sector.Other ? sectorOther : null,
        region: input.region,
        hopes: input.hopes.trim(),
        heardAbout: input.heardAbout.trim(),
      });
      if (!id) return; // an open application exists already: nothing is duplicated
      const name = tidy(input.fullName);
      await this.audit.record(m, {
        actorId: null,
        action: AuditAction.ApplicationSubmitted,
        targetType: 'APPLICATION',
        targetId: id,
      });
      await this.mail.send(m, email, mailTemplates.applicationReceived(name), `application-received:${id}`);
      const admins = await this.notifications.activeMembersWith(m, Permission.ReviewApplications);
      const link = `/admin/applications/${id}`;
      await this.notifications.notify(
        m,
        admins.map((a) => a.id),
        { kind: ApplicationNotificationKind.Submitted, title: `New membership application from ${name}`, link },
      );
      for (const admin of admins) {
        await this.mail.send(
          m,
          admin.email,
          mailTemplates.applicationToReview(name, tidy(input.organisation), this.mail.link(link)),
          `application-to-review:${id}:${admin.id}`,
        );
      }
    });
  }

  async list(args: ApplicationsArgs): Promise<Connection<MembershipApplication>> {
    const limit = pageSize(args);
    const rows = await this.repository.page(args.status, APPLICATIONS_CURSOR.decode(args.after), limit);
    const messages = await this.repository.messagesFor(rows.slice(0, limit).map((r) => r.id));
    return toConnection(
      rows,
      limit,
      APPLICATIONS_CURSOR,
      (r) => [r.priority, r.createdAtKey, r.id],
      (r) => toModel(r, messages),
    );
  }

  async get(id: string): Promise<MembershipApplication> {
    const row = await this.uow.run((m) => this.repository.findById(m, id));
    if (!row) throw new NotFoundError('We could not find that application');
    return toModel(row, await this.repository.messagesFor([id]));
  }

  /** Locks the application; of two admins deciding at once, the second finds it decided: CONFLICT. */
  private async openForDecision(m: Tx, id: string): Promise<ApplicationRow> {
    const row = await this.repository.findById(m, id, true);
    if (!row) throw new NotFoundError('We could not find that application');
    if (!OPEN_APPLICATION_STATUSES.includes(row.status)) {
      throw new ConflictError(
        `This application has already been ${row.status === ApplicationStatus.Approved ? 'approved' : 'rejected'}`,
      );
    }
    return row;
  }

  async approve(admin: AuthenticatedMember, applicationId: string): Promise<MembershipApplication> {
    await this.uow.run(async (m) => {
      const a = await this.openForDecision(m, applicationId);
      if (await this.repository.memberExistsWithEmail(m, a.email)) {
        throw new ConflictError('An account already exists for this email address');
      }
      const memberId = await this.repository.createMember(m, {
        email: a.email,
        displayName: a.fullName,
        organisation: a.organisation,
        jobTitle: a.jobTitle,
        sector: a.sector,
        sectorOther: a.sectorOther,
        region: a.region,
        roles: [Role.Member],
      });
      await this.repository.decide(m, a.id, {
        status: ApplicationStatus.Approved,
        decidedById: admin.id,
        reason: null,
        memberId,
      });
      const { token, hash } = generateToken();
      await this.authRepository.createToken(m, {
        purpose: TokenPurpose.SetPassword,
        tokenHash: hash,
        memberId,
        applicationId: a.id,
        email: a.email,
        expiresAt: expiresInHours(TOKEN_LIFETIME_HOURS.setPassword),
        createdById: admin.id,
      });
      await this.audit.record(m, {
        actorId: admin.id,
        action: AuditAction.ApplicationApproved,
        targetType: 'APPLICATION',
        targetId: a.id,
        details: { memberId },
      });
      await this.mail.send(
        m,
        a.email,
        mailTemplates.applicationApproved(
          a.fullName,
          this.mail.link(`/set-password/${token}`),
          TOKEN_LIFETIME_HOURS.setPassword,
        ),
        `application-approved:${a.id}`,
      );
    });
    return this.get(applicationId);
  }

  async reject(admin: AuthenticatedMember, input: RejectApplicationInput): Promise<MembershipApplication> {
    const reason = input.reason.trim();
    if (!reason) throw UserInputError.field('reason', 'Enter the reason for rejecting the application');
    await this.uow.run(async (m) => {
      const a = await this.openForDecision(m, input.applicationId);
      await this.repository.decide(m, a.id, { status: ApplicationStatus.Rejected, decidedById: admin.id, reason });
      await this.audit.record(m, {
        actorId: admin.id,
        action: AuditAction.ApplicationRejected,
        targetType: 'APPLICATION',
        targetId: a.id,
        reason,
      });
      await this.mail.send(
        m,
        a.email,
        mailTemplates.applicationRejected(a.fullName, reason, this.mail.replyTo),
        `application-rejected:${a.id}`,
      );
    });
    return this.get(input.applicationId);
  }

  async requestInformation(admin: AuthenticatedMember, input: RequestInformationInput): Promise<MembershipApplication> {
    const question = input.question.trim();
    if (!question) throw UserInputError.field('question', 'Enter your question for the applicant');
    await this.uow.run(async (m) => {
      const a = await this.openForDecision(m, input.applicationId);
      await this.repository.setStatus(m, a.id, ApplicationStatus.InfoRequested);
      await this.repository.addMessage(m, {
        applicationId: a.id,
        kind: ApplicationMessageKind.Question,
        body: question,
        authorId: admin.id,
      });
      // Only the newest question's link works.
      await this.authRepository.retireApplicationTokens(m, a.id, TokenPurpose.ApplicationAnswer);
      const { token, hash } = generateToken();
      await this.authRepository.createToken(m, {
        purpose: TokenPurpose.ApplicationAnswer,
        tokenHash: hash,
        applicationId: a.id,
        email: a.email,
        expiresAt: expiresInHours(TOKEN_LIFETIME_HOURS.applicationAnswer),
        createdById: admin.id,
      });
      await this.audit.record(m, {
        actorId: admin.id,
        action: AuditAction.ApplicationInfoRequested,
        targetType: 'APPLICATION',
        targetId: a.id,
        reason: question,
      });
      await this.mail.send(
        m,
        a.email,
        mailTemplates.applicationQuestion(a.fullName, question, this.mail.link(`/apply/answer/${token}`)),
        `application-question:${hash}`,
      );
    });
    return this.get(input.applicationId);
  }

  async question(token: string): Promise<ApplicationQuestion> {
    const found = await this.authRepository.usableToken(hashToken(token), [TokenPurpose.ApplicationAnswer]);
    const a = found?.applicationId
      ? await this.uow.run((m) => this.repository.findById(m, found.applicationId!))
      : undefined;
    if (!a || a.status !== ApplicationStatus.InfoRequested) throw expiredLink();
    return { fullName: a.fullName, question: (await this.repository.latestQuestion(a.id)) ?? '' };
  }

  async answer(input: AnswerApplicationQuestionInput): Promise<boolean> {
    const answer = input.answer.trim();
    if (!answer) throw UserInputError.field('answer', 'Enter your answer');
    await this.uow.run(async (m) => {
      const used = await this.authRepository.consumeToken(m, hashToken(input.token), [TokenPurpose.ApplicationAnswer]);
      const a = used?.applicationId ? await this.repository.findById(m, used.applicationId, true) : undefined;
      if (!a || a.status !== ApplicationStatus.InfoRequested) throw expiredLink();
      await this.repository.addMessage(m, {
        applicationId: a.id,
        kind: ApplicationMessageKind.Answer,
        body: answer,
        authorId: null,
      });
      await this.repository.setStatus(m, a.id, ApplicationStatus.Pending);
      await this.audit.record(m, {
        actorId: null,
        action: AuditAction.ApplicationAnswered,
        targetType: 'APPLICATION',
        targetId: a.id,
      });
      const admins = await this.notifications.activeMembersWith(m, Permission.ReviewApplications);
      await this.notifications.notify(
        m,
        admins.map((x) => x.id),
        {
          kind: ApplicationNotificationKind.Answered,
          title: `${a.fullName} answered your question`,
          link: `/admin/applications/${a.id}`,
        },
      );
    });
    return true;
  }

  async invite(admin: AuthenticatedMember, input: InviteMemberInput): Promise<boolean> {
    const email = input.email.trim();
    const problems = emailProblems(email);
    if (!input.fullName.trim()) problems.push({ field: 'fullName', message: 'Enter their full name' });
    if (problems.length) throw new UserInputError(problems);
    await this.uow.run(async (m) => {
      if (await this.repository.memberExistsWithEmail(m, email)) {
        throw UserInputError.field('email', 'An account already exists for this email address');
      }
      const { token, hash } = generateToken();
      const days = TOKEN_LIFETIME_HOURS.invitation / 24;
      const roles = [...new Set([Role.Member, ...(input.roles ?? [])])];
      const invitationId = await this.authRepository.createToken(m, {
        purpose: TokenPurpose.Invitation,
        tokenHash: hash,
        email,
        payload: { fullName: tidy(input.fullName), organisation: input.organisation?.trim() || null, roles },
        expiresAt: expiresInHours(TOKEN_LIFETIME_HOURS.invitation),
        createdById: admin.id,
      });
      await this.audit.record(m, {
        actorId: admin.id,
        action: AuditAction.MemberInvited,
        // The invitation, not the address: the audit log is append-only, so it must hold no address that
        // erasure would have to remove. Acceptance records the member with the same invitationId.
        targetType: 'INVITATION',
        targetId: invitationId,
        details: { invitationId, roles },
      });
      await this.mail.send(
        m,
        email,
        mailTemplates.invitation(
          tidy(input.fullName),
          admin.displayName,
          this.mail.link(`/set-password/${token}`),
          days,
        ),
        `invitation:${hash}`,
      );
    });
    return true;
  }

  /** What an emailed set-password link is for, to prefill the page. */
  async accountSetup(token: string): Promise<AccountSetup> {
    const t = await this.authRepository.usableToken(hashToken(token), [
      TokenPurpose.SetPassword,
      TokenPurpose.Invitation,
    ]);
    if (!t?.email) throw expiredLink();
    const payload = t.payload as { fullName?: string; organisation?: string | null };
    if (t.purpose === TokenPurpose.Invitation) {
      return {
        purpose: t.purpose,
        email: t.email,
        fullName: payload.fullName ?? '',
        organisation: payload.organisation ?? null,
      };
    }
    const member = t.memberId ? await this.authRepository.credentialsById(undefined, t.memberId) : undefined;
    if (!member) throw expiredLink();
    return {
      purpose: t.purpose,
      email: member.email,
      fullName: member.displayName,
      organisation: member.organisation,
    };
  }

  /** Sets the first password from an approval or invitation link, and signs in. */
  async completeAccountSetup(
    input: CompleteAccountSetupInput,
    client: { userAgent?: string | null; ip?: string | null },
  ): Promise<NewSession> {
    const problems = passwordProblems(input.password);
    if (problems.length) throw new UserInputError(problems);
    const passwordHash = await hashPassword(input.password);
    return this.uow.run(async (m) => {
      const t = await this.authRepository.consumeToken(m, hashToken(input.token), [
        TokenPurpose.SetPassword,
        TokenPurpose.Invitation,
      ]);
      if (!t) throw expiredLink();
      let memberId = t.memberId;
      if (t.purpose === TokenPurpose.Invitation) {
        if (!t.email || (await this.repository.memberExistsWithEmail(m, t.email))) {
          throw new ConflictError('An account already exists for this email address. Sign in or reset your password.');
        }
        const payload = t.payload as { fullName: string; organisation: string | null; roles: Role[] };
        memberId = await this.repository.createMember(m, {
          email: t.email,
          displayName: payload.fullName,
          organisation: payload.organisation,
          roles: payload.roles,
        });
        await this.audit.record(m, {
          actorId: memberId,
          action: AuditAction.InvitationAccepted,
          targetType: 'MEMBER',
          targetId: memberId,
          details: { invitedBy: t.createdById, invitationId: t.id },
        });
      }
      if (!memberId) throw expiredLink();
      const member = await this.authRepository.credentialsById(m, memberId);
      if (!member || member.status !== MemberStatus.Active) throw expiredLink();
      await this.authRepository.setPassword(m, memberId, passwordHash);
      return this.auth.startSession(m, memberId, client);
    });
  }
}

const blankMessage = {
  fullName: 'Enter your full name',
  organisation: 'Enter the name of your organisation',
  jobTitle: 'Enter your job title',
  hopes: 'Enter what you hope to get from the community',
  heardAbout: 'Enter how you heard about the community',
} as const;

function toModel(
  r: ApplicationRow,
  messages: {
    applicationId: string;
    id: string;
    kind: ApplicationMessageKind;
    body: string;
    authorName: string | null;
    createdAt: Date;
  }[],
): MembershipApplication {
  return {
    id: r.id,
    email: r.email,
    fullName: r.fullName,
    organisation: r.organisation,
    jobTitle: r.jobTitle,
    sector: r.sector,
    sectorOther: r.sectorOther,
    region: r.region,
    hopes: r.hopes,
    heardAbout: r.heardAbout,
    status: r.status,
    submittedAt: r.createdAt,
    decidedAt: r.decidedAt,
    decidedByName: r.decidedByName,
    decisionReason: r.decisionReason,
    memberId: r.memberId,
    messages: messages
      .filter((x) => x.applicationId === r.id)
      .map((x) => ({
        id: x.id,
        kind: x.kind,
        body: x.body,
        authorName: x.kind === ApplicationMessageKind.Question ? x.authorName : null,
        createdAt: x.createdAt,
      })),
  };
}
