// Applying to join and the admins' review: every rule against the real database, real HTTP and real SMTP.
import { request } from 'node:http';
import { ErrorCode, MemberStatus, Region, Role, Sector } from '@heritage/shared';
import { jobsSettled } from './jobs-settled';
import { startTestApp, type TestApp } from './app';
import { buildMember, type BuiltMember } from './factories';
import { gql, type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';
import type { InviteMemberInput, SubmitApplicationInput } from './graphql/graphql';
import { linkIn, startSmtp, type TestSmtp } from './smtp';

const SUBMIT = graphql(`
  mutation ApplicationsSubmit($input: SubmitApplicationInput!) {
    submitApplication(input: $input)
  }
`);
const RECEIVED =
  'Thank you. If this email address can apply, you will receive an email confirming we have your application.';
const QUEUE = graphql(`
  query ApplicationsQueue($status: ApplicationStatus, $first: Int, $after: String) {
    applications(status: $status, first: $first, after: $after) {
      nodes {
        id
        email
        fullName
        status
        submittedAt
        messages {
          kind
          body
          authorName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const APPLICATION_ID = graphql(`
  query ApplicationsApplicationId($id: ID!) {
    application(id: $id) {
      id
    }
  }
`);
const APPLICATION_DETAIL = graphql(`
  query ApplicationsApplicationDetail($id: ID!) {
    application(id: $id) {
      status
      messages {
        kind
        body
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation ApplicationsApprove($id: ID!) {
    approveApplication(input: { applicationId: $id }) {
      id
      status
      decidedByName
      memberId
    }
  }
`);
const REJECT = graphql(`
  mutation ApplicationsReject($id: ID!, $reason: String!) {
    rejectApplication(input: { applicationId: $id, reason: $reason }) {
      id
      status
      decisionReason
    }
  }
`);
const ASK = graphql(`
  mutation ApplicationsAsk($id: ID!, $q: String!) {
    requestApplicationInformation(input: { applicationId: $id, question: $q }) {
      id
      status
      messages {
        kind
        body
        authorName
      }
    }
  }
`);
const APPLICATION_QUESTION = graphql(`
  query ApplicationsApplicationQuestion($t: String!) {
    applicationQuestion(token: $t) {
      fullName
      question
    }
  }
`);
const ANSWER_QUESTION = graphql(`
  mutation ApplicationsAnswerQuestion($input: AnswerApplicationQuestionInput!) {
    answerApplicationQuestion(input: $input)
  }
`);
const INVITE = graphql(`
  mutation ApplicationsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input)
  }
`);
const ACCOUNT_SETUP = graphql(`
  query ApplicationsAccountSetup($t: String!) {
    accountSetup(token: $t) {
      purpose
      email
      fullName
      organisation
    }
  }
`);
const ACCOUNT_SETUP_EMAIL = graphql(`
  query ApplicationsAccountSetupEmail($t: String!) {
    accountSetup(token: $t) {
      email
    }
  }
`);
const COMPLETE_ACCOUNT_SETUP = graphql(`
  mutation ApplicationsCompleteAccountSetup($input: CompleteAccountSetupInput!) {
    completeAccountSetup(input: $input)
  }
`);
const VIEWER_ID = graphql(`
  query ApplicationsViewerId {
    viewer {
      id
    }
  }
`);
const VIEWER_ROLES = graphql(`
  query ApplicationsViewerRoles {
    viewer {
      roles
      displayName
    }
  }
`);
const AUDIT_LOG_FOR = graphql(`
  query ApplicationsAuditLogFor($id: ID!) {
    auditLog(targetId: $id) {
      nodes {
        action
        actorName
        targetId
      }
    }
  }
`);
const AUDIT_LOG_IDS = graphql(`
  query ApplicationsAuditLogIds {
    auditLog {
      nodes {
        id
      }
    }
  }
`);
const NOTIFICATION_LINKS = graphql(`
  query ApplicationsNotificationLinks {
    notifications(first: 5) {
      nodes {
        title
        link
        read
      }
    }
  }
`);
const NOTIFICATION_TITLES = graphql(`
  query ApplicationsNotificationTitles {
    notifications(first: 3) {
      nodes {
        title
      }
    }
  }
`);
const LATEST_NOTIFICATION = graphql(`
  query ApplicationsLatestNotification {
    notifications(first: 1) {
      nodes {
        id
      }
    }
    unreadNotificationCount
  }
`);
const MARK_NOTIFICATION_READ = graphql(`
  mutation ApplicationsMarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id)
  }
`);
const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation ApplicationsMarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
const UNREAD_NOTIFICATION_COUNT = graphql(`
  query ApplicationsUnreadNotificationCount {
    unreadNotificationCount
  }
`);
/** Sent by hand (the test sets the Host and forwarding headers itself). */
const DEV_MAILBOX = graphql(`
  query ApplicationsDevMailbox {
    devMailbox {
      to
      subject
      text
    }
  }
`);

let counter = 0;
function application(overrides: Partial<SubmitApplicationInput> = {}): SubmitApplicationInput {
  counter += 1;
  return {
    fullName: `Applicant ${counter}`,
    email: `applicant-${counter}-${Date.now()}@example.org`,
    organisation: 'Northshire Museums Trust',
    jobTitle: 'Wellbeing officer',
    sector: Sector.HeritageOrganisation,
    sectorOther: null,
    region: Region.NorthEast,
    hopes: 'To learn how link workers refer people to museum programmes.',
    heardAbout: 'A colleague',
    agreeCodeOfConduct: true,
    agreePrivacyNotice: true,
    ...overrides,
  };
}

describe('membership applications', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: BuiltMember;
  let adminSession: Session;
  let secondAdminSession: Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    // Every application here comes from one address; the limits themselves are tested in rate-limits.e2e-spec.
    t = await startTestApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_APPLY: '1000,1000,3600',
      MAIL_REPLY_TO: 'Membership <membership@heritage-cop.example>',
    });
    admin = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin], displayName: 'Alex Admin' });
    const second = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin], displayName: 'Sam Admin' });
    adminSession = new Session(t.url);
    await adminSession.signIn(admin.email, admin.password);
    secondAdminSession = new Session(t.url);
    await secondAdminSession.signIn(second.email, second.password);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Submits, then waits for the submit job that decides and records (see ApplicationsService.submit). */
  async function submit(input: SubmitApplicationInput) {
    const res = await gql(t.url, SUBMIT, { input });
    await jobsSettled(t.dataSource);
    return res;
  }

  async function applicationId(email: string): Promise<string> {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM membership_application WHERE lower(email) = lower($1) ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return id;
  }

  it('validates every answer with field messages and stores nothing', async () => {
    const before = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM membership_application`,
    );
    const res = await submit(
      application({
        fullName: '',
        email: 'not-an-email',
        organisation: ' ',
        jobTitle: 'x'.repeat(121),
        sector: Sector.Other,
        sectorOther: '',
        hopes: '',
        heardAbout: '',
        agreeCodeOfConduct: false,
        agreePrivacyNotice: false,
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    const fields = res.body.errors?.[0].extensions?.fields as { field: string; message: string }[];
    expect(Object.fromEntries(fields.map((f) => [f.field, f.message]))).toEqual({
      fullName: 'Enter your full name',
      jobTitle: 'Job title must be 120 characters or fewer',
      hopes: 'Enter what you hope to get from the community',
      heardAbout: 'Enter how you heard about the community',
      agreeCodeOfConduct: 'You must agree to the code of conduct',
      agreePrivacyNotice: 'You must agree to the privacy notice',
    });
    // Cross-field and format rules come next, once the basic answers are there.
    const second = await submit(
      application({ email: 'not-an-email', organisation: '  ', sector: Sector.Other, sectorOther: '' }),
    );
    expect(second.body.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.org' },
      { field: 'sectorOther', message: 'Tell us which sector you work in' },
      { field: 'organisation', message: 'Enter the name of your organisation' },
    ]);
    // Not a Sector: refused by the schema, so sent untyped.
    const unknownSector = await gql(t.url, untyped(SUBMIT), { input: { ...application(), sector: 'WIZARD' } });
    await jobsSettled(t.dataSource);
    expect(unknownSector.status).toBe(400);
    expect(unknownSector.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    const after = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM membership_application`,
    );
    expect(after).toEqual(before);
  });

  it('acknowledges the applicant, notifies admins in-app and by email, and audits', async () => {
    const input = application({ fullName: 'Grace  Hopper ' });
    const res = await submit(input);
    expect(res.body).toEqual({ data: { submitApplication: RECEIVED } });
    const ack = await smtp.waitFor((m) => m.to === input.email);
    expect(ack.subject).toBe('We have received your application');
    expect(ack.text).toContain('Dear Grace Hopper,');
    expect(ack.html).toContain('<p>Dear Grace Hopper,</p>');
    const id = await applicationId(input.email);
    const toAdmin = await smtp.waitFor((m) => m.to === admin.email && m.subject.includes('Grace Hopper'));
    expect(linkIn(toAdmin, `/admin/applications/${id}`)).toMatch(/^http:\/\/localhost:\d+\/admin\/applications\//);
    const notes = await adminSession.gql(NOTIFICATION_LINKS);
    expect(notes.body.data?.notifications.nodes[0]).toEqual({
      title: 'New membership application from Grace Hopper',
      link: `/admin/applications/${id}`,
      read: false,
    });
    const audit = await t.dataSource.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE target_id = $1`, [
      id,
    ]);
    expect(audit).toEqual([{ action: 'APPLICATION_SUBMITTED' }]);
  });

  it('answers a second application, or one from a member, the same way, without duplicating or emailing', async () => {
    const input = application();
    await submit(input);
    await smtp.waitFor((m) => m.to === input.email);
    const again = await submit({ ...input, email: input.email.toUpperCase(), fullName: 'Someone else' });
    expect(again.body).toEqual({ data: { submitApplication: RECEIVED } });
    const member = await buildMember(t.dataSource);
    const fromMember = await submit(application({ email: member.email }));
    expect(fromMember.body).toEqual({ data: { submitApplication: RECEIVED } });
    await new Promise((r) => setTimeout(r, 500));
    const rows = await t.dataSource.query<{ email: string }[]>(
      `SELECT email FROM membership_application WHERE lower(email) IN (lower($1), lower($2))`,
      [input.email, member.email],
    );
    expect(rows).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to.toLowerCase() === input.email.toLowerCase())).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to === member.email)).toHaveLength(0);
  });

  it('keeps one application when the same email applies many times at once', async () => {
    const input = application();
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(input)));
    for (const r of results) expect(r.body).toEqual({ data: { submitApplication: RECEIVED } });
    const rows = await t.dataSource.query<unknown[]>(`SELECT 1 FROM membership_application WHERE email = $1`, [
      input.email,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('lists the queue to admins only: open first, oldest first, with filters and cursors', async () => {
    const emails: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const input = application();
      emails.push(input.email);
      await submit(input);
    }
    const decided = await applicationId(emails[0]);
    await adminSession.gql(REJECT, { id: decided, reason: 'Test rejection' });

    const all: { id: string; status: string; submittedAt: string }[] = [];
    let after: string | null | undefined;
    do {
      const res = await adminSession.gql(QUEUE, { first: 2, after });
      expect(res.body.errors).toBeUndefined();
      all.push(...res.body.data!.applications.nodes);
      after = res.body.data!.applications.pageInfo.hasNextPage
        ? res.body.data!.applications.pageInfo.endCursor
        : undefined;
    } while (after);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM membership_application`,
    );
    expect(all).toHaveLength(count);
    expect(new Set(all.map((a) => a.id)).size).toBe(count);
    const firstDecided = all.findIndex((a) => a.status === 'REJECTED');
    expect(all.slice(firstDecided).every((a) => a.status === 'REJECTED' || a.status === 'APPROVED')).toBe(true);
    const open = all.slice(0, firstDecided).map((a) => a.submittedAt);
    expect([...open].sort()).toEqual(open);

    const rejected = await adminSession.gql(QUEUE, { status: 'REJECTED' });
    expect(rejected.body.data?.applications.nodes.map((a) => a.id)).toContain(decided);
    expect(rejected.body.data?.applications.nodes.every((a) => a.status === 'REJECTED')).toBe(true);

    const badCursor = await adminSession.gql(QUEUE, { after: 'garbage' });
    expect(badCursor.body.errors?.[0].extensions?.fields).toEqual([
      { field: 'after', message: 'That page link is not valid. Go back to the first page.' },
    ]);
    const tooMany = await adminSession.gql(QUEUE, { first: 1000 });
    expect(tooMany.body.errors?.[0].extensions?.fields).toEqual([
      { field: 'first', message: 'Ask for at most 100 items' },
    ]);
  });

  it('denies the review operations to visitors, members, moderators and suspended admins', async () => {
    const id = await applicationId(
      (await t.dataSource.query<{ email: string }[]>(`SELECT email FROM membership_application LIMIT 1`))[0].email,
    );
    const member = await buildMember(t.dataSource);
    const moderator = await buildMember(t.dataSource, { roles: [Role.Member, Role.Moderator] });
    const suspendedAdmin = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin] });
    const sessions = {
      visitor: new Session(t.url),
      member: new Session(t.url),
      moderator: new Session(t.url),
      suspended: new Session(t.url),
    };
    await sessions.member.signIn(member.email, member.password);
    await sessions.moderator.signIn(moderator.email, moderator.password);
    await sessions.suspended.signIn(suspendedAdmin.email, suspendedAdmin.password);
    await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [
      suspendedAdmin.id,
      MemberStatus.Suspended,
    ]);
    /** Each operation by name, sent by the given session. */
    const ops: [string, (s: Session) => Promise<GqlResponse>][] = [
      ['applications', (s) => s.gql(QUEUE, {})],
      ['application', (s) => s.gql(APPLICATION_ID, { id })],
      ['approveApplication', (s) => s.gql(APPROVE, { id })],
      ['rejectApplication', (s) => s.gql(REJECT, { id, reason: 'x' })],
      ['requestApplicationInformation', (s) => s.gql(ASK, { id, q: 'x' })],
      ['inviteMember', (s) => s.gql(INVITE, { input: { email: 'x@example.org', fullName: 'X' } })],
      ['auditLog', (s) => s.gql(AUDIT_LOG_IDS)],
    ];
    for (const [op, send] of ops) {
      const codes = {
        visitor: (await send(sessions.visitor)).body.errors?.[0].extensions?.code,
        member: (await send(sessions.member)).body.errors?.[0].extensions?.code,
        moderator: (await send(sessions.moderator)).body.errors?.[0].extensions?.code,
        suspended: (await send(sessions.suspended)).body.errors?.[0].extensions?.code,
      };
      expect({ op, codes }).toEqual({
        op,
        codes: {
          visitor: 'UNAUTHENTICATED',
          member: 'FORBIDDEN',
          moderator: 'FORBIDDEN',
          suspended: 'UNAUTHENTICATED',
        },
      });
    }
    const [{ status }] = await t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM membership_application WHERE id = $1`,
      [id],
    );
    expect(['PENDING', 'REJECTED', 'INFO_REQUESTED']).toContain(status);
  });

  it('approves: one transaction creates the member, emails a single-use 72-hour link, and audits', async () => {
    const input = application({ fullName: 'Mary Anning', organisation: 'Lyme Regis Museum' });
    await submit(input);
    const id = await applicationId(input.email);
    const res = await adminSession.gql(APPROVE, { id });
    expect(res.body.data?.approveApplication).toMatchObject({ status: 'APPROVED', decidedByName: 'Alex Admin' });
    const memberId = res.body.data!.approveApplication.memberId;
    const [member] = await t.dataSource.query<
      { status: string; roles: string[]; display_name: string; organisation: string; password_hash: string | null }[]
    >(`SELECT status, roles, display_name, organisation, password_hash FROM member WHERE id = $1`, [memberId]);
    expect(member).toEqual({
      status: 'ACTIVE',
      roles: ['MEMBER'],
      display_name: 'Mary Anning',
      organisation: 'Lyme Regis Museum',
      password_hash: null,
    });
    const [token] = await t.dataSource.query<{ hours: number }[]>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM auth_token WHERE member_id = $1 AND purpose = 'SET_PASSWORD'`,
      [memberId],
    );
    expect(token.hours).toBe(72);
    const mail = await smtp.waitFor((m) => m.to === input.email && m.subject === 'Your application has been approved');
    expect(mail.replyTo).toBe(''); // nothing in it invites a reply
    const link = linkIn(mail, '/set-password/');
    const secret = link.split('/set-password/')[1];

    const visitor = new Session(t.url);
    const setup = await visitor.gql(ACCOUNT_SETUP, { t: secret });
    expect(setup.body.data).toEqual({
      accountSetup: {
        purpose: 'SET_PASSWORD',
        email: input.email,
        fullName: 'Mary Anning',
        organisation: 'Lyme Regis Museum',
      },
    });
    const complete = (password: string) => visitor.gql(COMPLETE_ACCOUNT_SETUP, { input: { token: secret, password } });
    expect((await complete('letmein')).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'Password must be 8 characters or more' },
    ]);
    expect((await complete('ichthyosaur fossils of lyme')).body.data).toEqual({ completeAccountSetup: true });
    expect((await visitor.gql(VIEWER_ID)).body.data?.viewer?.id).toBe(memberId);
    expect((await complete('another fine passphrase')).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'token', message: 'This link has expired or has already been used. Ask for a new one.' },
    ]);
    expect((await new Session(t.url).signIn(input.email, 'ichthyosaur fossils of lyme')).status).toBe(200);

    const audit = await adminSession.gql(AUDIT_LOG_FOR, { id });
    expect(audit.body.data?.auditLog.nodes[0]).toEqual({
      action: 'APPLICATION_APPROVED',
      actorName: 'Alex Admin',
      targetId: id,
    });
  });

  it('lets exactly one of two admins deciding at once win; the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round += 1) {
      const input = application();
      await submit(input);
      const id = await applicationId(input.email);
      const [a, b] = await Promise.all([
        adminSession.gql(APPROVE, { id }),
        secondAdminSession.gql(REJECT, { id, reason: 'Not eligible' }),
      ]);
      const outcomes = [a, b].map((r) => (r.body.errors ? r.body.errors[0].extensions?.code : 'OK')).sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      const members = await t.dataSource.query<unknown[]>(`SELECT 1 FROM member WHERE email = $1`, [input.email]);
      const [{ status }] = await t.dataSource.query<{ status: string }[]>(
        `SELECT status FROM membership_application WHERE id = $1`,
        [id],
      );
      expect(members).toHaveLength(status === 'APPROVED' ? 1 : 0);
      const decisions = await t.dataSource.query<unknown[]>(
        `SELECT 1 FROM audit_log WHERE target_id = $1 AND action IN ('APPLICATION_APPROVED', 'APPLICATION_REJECTED')`,
        [id],
      );
      expect(decisions).toHaveLength(1);
    }
  });

  it('rejects only with a reason, and emails the reason', async () => {
    const input = application({ fullName: 'Joan Clarke' });
    await submit(input);
    const id = await applicationId(input.email);
    const blank = await adminSession.gql(REJECT, { id, reason: '   ' });
    expect(blank.body.errors?.[0].extensions?.fields).toEqual([
      { field: 'reason', message: 'Enter the reason for rejecting the application' },
    ]);
    const [{ status }] = await t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM membership_application WHERE id = $1`,
      [id],
    );
    expect(status).toBe('PENDING');
    const res = await adminSession.gql(REJECT, { id, reason: 'The community is for people working in the UK.' });
    expect(res.body.data).toEqual({
      rejectApplication: { id, status: 'REJECTED', decisionReason: 'The community is for people working in the UK.' },
    });
    const mail = await smtp.waitFor(
      (m) => m.to === input.email && m.subject === 'Your application to join the community',
    );
    expect(mail.text).toContain('> The community is for people working in the UK.');
    // It invites questions by reply, so replies must reach a person, not the no-reply From address.
    expect(mail.text).toContain('If you have questions, reply to this email.');
    expect(mail.replyTo).toBe('membership@heritage-cop.example');
    const again = await adminSession.gql(APPROVE, { id });
    expect(again.body.errors?.[0]).toMatchObject({
      message: 'This application has already been rejected',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('asks the applicant a question; their answer is added and the application returns to the queue', async () => {
    const input = application({ fullName: 'Ada Lovelace' });
    await submit(input);
    const id = await applicationId(input.email);
    const asked = await adminSession.gql(ASK, { id, q: 'Which museum programmes do you run?' });
    expect(asked.body.data).toEqual({
      requestApplicationInformation: {
        id,
        status: 'INFO_REQUESTED',
        messages: [{ kind: 'QUESTION', body: 'Which museum programmes do you run?', authorName: 'Alex Admin' }],
      },
    });
    const mail = await smtp.waitFor(
      (m) => m.to === input.email && m.subject === 'We need more information about your application',
    );
    expect(mail.text).toContain('> Which museum programmes do you run?');
    const token = linkIn(mail, '/apply/answer/').split('/apply/answer/')[1];

    const q = await gql(t.url, APPLICATION_QUESTION, { t: token });
    expect(q.body.data).toEqual({
      applicationQuestion: { fullName: 'Ada Lovelace', question: 'Which museum programmes do you run?' },
    });
    const answer = (text: string) => gql(t.url, ANSWER_QUESTION, { input: { token, answer: text } });
    expect((await answer('')).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'answer', message: 'Enter your answer' },
    ]);
    expect((await answer('A weekly memory café in the galleries.')).body.data).toEqual({
      answerApplicationQuestion: true,
    });
    expect((await answer('Again')).body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);

    const detail = await adminSession.gql(APPLICATION_DETAIL, { id });
    expect(detail.body.data?.application).toEqual({
      status: 'PENDING',
      messages: [
        { kind: 'QUESTION', body: 'Which museum programmes do you run?' },
        { kind: 'ANSWER', body: 'A weekly memory café in the galleries.' },
      ],
    });
    const notes = await adminSession.gql(NOTIFICATION_TITLES);
    expect(notes.body.data?.notifications.nodes.map((n) => n.title)).toContain('Ada Lovelace answered your question');
  });

  it('invites someone by email; the link prefills set-password and creates their account', async () => {
    const email = `invitee-${Date.now()}@example.org`;
    const invite = (input: InviteMemberInput) => adminSession.gql(INVITE, { input });
    expect((await invite({ email: admin.email, fullName: 'Dup' })).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: 'An account already exists for this email address' },
    ]);
    expect(
      (
        await invite({
          email,
          fullName: 'Rosalind Franklin',
          organisation: 'King’s Heritage',
          roles: ['ADVISORY_GROUP'],
        })
      ).body.data,
    ).toEqual({
      inviteMember: true,
    });
    const mail = await smtp.waitFor((m) => m.to === email);
    expect(mail.subject).toBe('You are invited to join Heritage CoP');
    expect(mail.text).toContain('Alex Admin has invited you');
    const token = linkIn(mail, '/set-password/').split('/set-password/')[1];
    const visitor = new Session(t.url);
    const setup = await visitor.gql(ACCOUNT_SETUP, { t: token });
    expect(setup.body.data).toEqual({
      accountSetup: { purpose: 'INVITATION', email, fullName: 'Rosalind Franklin', organisation: 'King’s Heritage' },
    });
    const done = await visitor.gql(COMPLETE_ACCOUNT_SETUP, { input: { token, password: 'double helix photograph' } });
    expect(done.body.data).toEqual({ completeAccountSetup: true });
    const viewer = await visitor.gql(VIEWER_ROLES);
    expect(viewer.body.data?.viewer).toEqual({ roles: ['MEMBER', 'ADVISORY_GROUP'], displayName: 'Rosalind Franklin' });
  });

  it('refuses an expired invitation', async () => {
    const email = `late-${Date.now()}@example.org`;
    await adminSession.gql(INVITE, { input: { email, fullName: 'Late Comer' } });
    const token = linkIn(await smtp.waitFor((m) => m.to === email), '/set-password/').split('/set-password/')[1];
    await t.dataSource.query(`UPDATE auth_token SET expires_at = now() - interval '1 second' WHERE email = $1`, [
      email,
    ]);
    const res = await gql(t.url, ACCOUNT_SETUP_EMAIL, { t: token });
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
  });

  it('keeps the audit log append-only, even for the database owner', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET reason = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('lets members mark only their own notifications read', async () => {
    await submit(application({ fullName: 'Notify Me' }));
    const member = await buildMember(t.dataSource);
    const s = new Session(t.url);
    await s.signIn(member.email, member.password);
    const adminNotes = await adminSession.gql(LATEST_NOTIFICATION);
    expect(adminNotes.body.errors).toBeUndefined();
    const id = adminNotes.body.data!.notifications.nodes[0].id;
    expect((await s.gql(MARK_NOTIFICATION_READ, { id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await adminSession.gql(MARK_NOTIFICATION_READ, { id })).body.data).toEqual({
      markNotificationRead: true,
    });
    const all = await adminSession.gql(MARK_ALL_NOTIFICATIONS_READ);
    expect(all.body.data!.markAllNotificationsRead).toBe(adminNotes.body.data!.unreadNotificationCount - 1);
    expect((await adminSession.gql(UNREAD_NOTIFICATION_COUNT)).body.data).toEqual({ unreadNotificationCount: 0 });
    expect((await new Session(t.url).gql(UNREAD_NOTIFICATION_COUNT)).body.errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('the development mailbox', () => {
  /** A raw request, so the test controls the Host header and the forwarding headers exactly. */
  function mailbox(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    const { port } = new URL(url);
    const body = JSON.stringify({ query: DEV_MAILBOX.toString() });
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { host: `localhost:${port}`, 'content-type': 'application/json', ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const codeOf = (res: { body: string }) =>
    (JSON.parse(res.body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0].extensions?.code;

  it('keeps mail when DEV_MAILBOX=true and there is no SMTP server, for requests from this machine only', async () => {
    const dev = await startTestApp({ DEV_MAILBOX: 'true' });
    try {
      await gql(dev.url, SUBMIT, { input: application({ email: 'dev-mailbox@example.org', fullName: 'Dev Box' }) });
      let mail: { to: string; subject: string; text: string }[] = [];
      for (let i = 0; i < 50 && mail.length === 0; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        const res = await mailbox(dev.url);
        expect(res.status).toBe(200);
        mail = (JSON.parse(res.body) as { data: { devMailbox: typeof mail } }).data.devMailbox;
      }
      expect(mail[0]).toMatchObject({ to: 'dev-mailbox@example.org', subject: 'We have received your application' });
      const { port } = new URL(dev.url);
      for (const host of [`127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) {
        expect(codeOf(await mailbox(dev.url, { host }))).toBeUndefined();
      }

      // Another site's name pointed at this machine (DNS rebinding): refused.
      for (const host of [`rebind.example:${port}`, `localhost.rebind.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
        const res = await mailbox(dev.url, { host });
        expect({ host, code: codeOf(res) }).toEqual({ host, code: 'NOT_FOUND' });
        expect(res.body).not.toContain('dev-mailbox@example.org');
      }
      // Passed on by a proxy on this machine (the peer is loopback for every visitor): refused.
      for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host', 'via']) {
        const res = await mailbox(dev.url, { [header]: header === 'forwarded' ? 'for=203.0.113.9' : '203.0.113.9' });
        expect({ header, code: codeOf(res) }).toEqual({ header, code: 'NOT_FOUND' });
        expect(res.body).not.toContain('dev-mailbox@example.org');
      }
    } finally {
      await dev.close();
    }
  });

  it('is off unless DEV_MAILBOX=true, and off with an SMTP server', async () => {
    const off = await startTestApp();
    try {
      await gql(off.url, SUBMIT, { input: application({ email: 'no-mailbox@example.org', fullName: 'No Box' }) });
      expect(codeOf(await mailbox(off.url))).toBe('NOT_FOUND');
      // Nowhere to send it: the email job fails and says why, and nothing is kept.
      let job: { last_error: string | null } | undefined;
      for (let i = 0; i < 50 && !job?.last_error; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        [job] = await off.dataSource.query<{ last_error: string | null }[]>(
          `SELECT last_error FROM job WHERE kind = 'email.send' AND payload->>'to' = 'no-mailbox@example.org'`,
        );
      }
      expect(job?.last_error).toContain('No SMTP_URL is set and DEV_MAILBOX is off');
      expect(await off.dataSource.query(`SELECT 1 FROM dev_mail`)).toEqual([]);
    } finally {
      await off.close();
    }
    const smtp = await startSmtp();
    const withSmtp = await startTestApp({ DEV_MAILBOX: 'true', SMTP_URL: smtp.url });
    try {
      expect(codeOf(await mailbox(withSmtp.url))).toBe('NOT_FOUND');
    } finally {
      await withSmtp.close();
      await smtp.close();
    }
  });

  it('does not exist in production, where DEV_MAILBOX=true is refused at start', async () => {
    await expect(startTestApp({ NODE_ENV: 'production', DEV_MAILBOX: 'true' })).rejects.toThrow(
      /DEV_MAILBOX must not be true in production/,
    );
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      expect(codeOf(await mailbox(prod.url))).toBe('NOT_FOUND');
    } finally {
      await prod.close();
    }
  });
});
