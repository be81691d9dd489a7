// Account deletion at the service level, on this file's own database: MembersService.deleteAccount runs every
// module's MemberDataOwner in one unit of work. What only served the member goes (sessions, links, applications,
// notifications, reading and watching, event answers and feed, digests, mail to them, their enquiries); what
// names them is anonymised (the profile becomes "Former member", their address in others' mail, an offer they
// owned); what they gave the community stays (threads, posts, reactions, reports) and so does the audit log,
// with one entry for the deletion. Services are called directly (no HTTP); the job queue is read, never run.
import {
  AuditAction,
  DiscussionNotificationKind,
  EventFormat,
  Role,
  RsvpAnswer,
  RsvpStatus,
  TokenPurpose,
} from '@heritage/shared';
import { randomUUID } from 'node:crypto';
import { generateToken } from '../../src/common/auth/tokens';
import { ConflictError, UserInputError } from '../../src/common/errors/app-errors';
import { MemberDataOwners } from '../../src/common/member-data/member-data';
import { EventsService } from '../../src/modules/events/events.service';
import { RsvpService } from '../../src/modules/events/rsvp.service';
import { SEND_EMAIL } from '../../src/modules/mail/mail.service';
import { MembersService } from '../../src/modules/members/members.service';
import { buildCategory, buildMember, buildThread, type BuiltMember, TEST_PASSWORD } from '../factories';
import { actor, failure, startTestServices, type TestServices } from '../services';

const ADDRESS = '127.0.0.1';

describe('MembersService.deleteAccount (erasure through the member-data owners)', () => {
  let s: TestServices;
  let members: MembersService;
  let space: string;
  let organiser: BuiltMember;
  let admin: BuiltMember;

  beforeAll(async () => {
    s = await startTestServices();
    members = s.get(MembersService);
    space = (await buildCategory(s.dataSource)).id;
    organiser = await buildMember(s.dataSource, { roles: [Role.Member, Role.AdvisoryGroup] });
    admin = await buildMember(s.dataSource, { roles: [Role.Member, Role.Admin] });
  });
  afterAll(() => s.close());

  const q = <T>(sql: string, params: unknown[] = []) => s.dataSource.query<T[]>(sql, params);
  const count = async (sql: string, params: unknown[]) => (await q<{ n: number }>(sql, params))[0].n;

  /**
   * A member with rows in every module, and around them what others hold that names them. Answers the ids
   * the assertions follow.
   */
  async function memberWithData() {
    const leaver = await buildMember(s.dataSource, { email: `Leaver.${randomUUID().slice(0, 8)}@Example.org` });
    const other = await buildMember(s.dataSource);
    const email = leaver.email;
    // auth: a session, a reset link, a failed sign-in; and a link they (as if an admin) made for someone else.
    await q(`INSERT INTO session (member_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      leaver.id,
      generateToken().hash,
    ]);
    await q(
      `INSERT INTO auth_token (purpose, member_id, email, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + interval '1 hour')`,
      [TokenPurpose.ResetPassword, leaver.id, email.toLowerCase(), generateToken().hash],
    );
    await q(
      `INSERT INTO auth_token (purpose, member_id, email, token_hash, expires_at, created_by_id)
       VALUES ($1, $2, $3, $4, now() + interval '1 hour', $5)`,
      [TokenPurpose.SetPassword, other.id, other.email, generateToken().hash, leaver.id],
    );
    await q(`INSERT INTO sign_in_failure (email_key, ip) VALUES (lower($1), '203.0.113.9')`, [email]);
    // applications: the one that made them a member, found by address.
    await q(
      `INSERT INTO membership_application (email, full_name, organisation, job_title, sector, region, hopes,
         heard_about, agreed_code_of_conduct_at, agreed_privacy_notice_at, status)
       VALUES ($1, 'Lee Leaver', 'Archive House', 'Archivist', 'HERITAGE_ORGANISATION', 'LONDON',
         'To share old maps', 'A colleague', now(), now(), 'APPROVED')`,
      [email.toUpperCase()],
    );
    // notifications and preferences.
    await q(`INSERT INTO notification (member_id, kind, title, link) VALUES ($1, $2, 'A reply', '/threads/x')`, [
      leaver.id,
      DiscussionNotificationKind.ReportOutcome,
    ]);
    await q(`INSERT INTO notification_preference (member_id, kind, in_app, email) VALUES ($1, $2, true, false)`, [
      leaver.id,
      DiscussionNotificationKind.ReportOutcome,
    ]);
    // discussions: their thread (with a reply of theirs), reading and watching, a reaction and a report on
    // another's post.
    const theirs = await buildThread(s.dataSource, space, leaver.id, { replies: 1 });
    const others = await buildThread(s.dataSource, space, other.id);
    await q(`INSERT INTO thread_read (member_id, thread_id, last_read_number) VALUES ($1, $2, 1)`, [
      leaver.id,
      others.id,
    ]);
    await q(`INSERT INTO thread_watch (member_id, thread_id, watching) VALUES ($1, $2, true)`, [leaver.id, others.id]);
    await q(`INSERT INTO category_watch (member_id, category_id) VALUES ($1, $2)`, [leaver.id, space]);
    await q(`INSERT INTO post_reaction (post_id, member_id, kind) VALUES ($1, $2, 'THANK_YOU')`, [
      others.openingPostId,
      leaver.id,
    ]);
    await q(`INSERT INTO post_report (post_id, reporter_id, reason) VALUES ($1, $2, 'Names a patient')`, [
      others.openingPostId,
      leaver.id,
    ]);
    // events: the last place at a full event with someone waiting, and a calendar feed.
    const event = await s.get(EventsService).create(actor(organiser, [Role.Member, Role.AdvisoryGroup]), {
      title: 'Archive open day',
      description: 'Old maps.',
      startsAt: new Date(Date.now() + 5 * 86400_000),
      endsAt: new Date(Date.now() + 5 * 86400_000 + 3600_000),
      format: EventFormat.Online,
      joinUrl: 'https://meet.example.org/maps',
      capacity: 1,
    });
    await s.get(RsvpService).answer(actor(leaver), event.id, RsvpAnswer.Going);
    await s.get(RsvpService).answer(actor(other), event.id, RsvpAnswer.Going);
    await q(`INSERT INTO calendar_feed (member_id, token_hash) VALUES ($1, $2)`, [leaver.id, generateToken().hash]);
    // digests: one sent to them.
    await q(
      `INSERT INTO digest (member_id, period, since_at, until_at, item_count, subject, html_body)
       VALUES ($1, 'WEEKLY:2026-11-30', now() - interval '7 days', now(), 3, 'Your week', '<p>Hello Lee</p>')`,
      [leaver.id],
    );
    // mail: queued to them, and to someone else naming their address (in the body and a delivery error).
    await q(`INSERT INTO job (kind, payload, run_at) VALUES ($1, $2, now() + interval '1 day')`, [
      SEND_EMAIL,
      JSON.stringify({ to: email, subject: 'For you', text: 'Hello' }),
    ]);
    const [{ id: mailToOther }] = await q<{ id: string }>(
      `INSERT INTO job (kind, payload, run_at, last_error) VALUES ($1, $2, now() + interval '1 day', $3) RETURNING id`,
      [
        SEND_EMAIL,
        JSON.stringify({ to: other.email, subject: 'New member', text: `Say hello to ${email.toLowerCase()}` }),
        `550 mailbox ${email.toUpperCase()} unavailable`,
      ],
    );
    await q(
      `INSERT INTO dev_mail (to_address, subject, text_body, html_body) VALUES ($1, 'For you', 'Hi', '<p>Hi</p>'),
         ($2, 'About a member', $3, $3)`,
      [email, other.email, `Write to ${email}`],
    );
    // offers: one they own, with their address as its contact; an enquiry they made about another's offer.
    const offer = async (ownerId: string, contactEmail: string) =>
      (
        await q<{ id: string }>(
          `INSERT INTO offer (owner_id, title, organisation, summary, description, description_html, format,
             contact_email, status, published_at)
           VALUES ($1, 'Map club', 'Archive House', 'Old maps together.', 'Maps.', '<p>Maps.</p>', 'ONLINE', $2,
             'PUBLISHED', now()) RETURNING id`,
          [ownerId, contactEmail],
        )
      )[0].id;
    const owned = await offer(leaver.id, email);
    const othersOffer = await offer(other.id, other.email);
    await q(`INSERT INTO offer_enquiry (offer_id, author_id, answer_token_hash) VALUES ($1, $2, $3)`, [
      othersOffer,
      leaver.id,
      generateToken().hash,
    ]);
    // audit: an act of theirs, before.
    await q(`INSERT INTO audit_log (actor_id, action, target_type, target_id) VALUES ($1, $2, 'POST', $3)`, [
      leaver.id,
      AuditAction.PostHidden,
      others.openingPostId,
    ]);
    return { leaver, other, event: event.id, thread: theirs.id, owned, mailToOther };
  }

  /** Rows that refer to the member (or their address), table by table. */
  async function rowsOf(member: BuiltMember): Promise<Record<string, number>> {
    const byId = async (table: string, column = 'member_id') =>
      count(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [member.id]);
    return {
      session: await byId('session'),
      auth_token: await count(
        `SELECT count(*)::int AS n FROM auth_token WHERE member_id = $1 OR lower(email) = lower($2)`,
        [member.id, member.email],
      ),
      sign_in_failure: await count(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email_key = lower($1)`, [
        member.email,
      ]),
      membership_application: await count(
        `SELECT count(*)::int AS n FROM membership_application WHERE lower(email) = lower($1)`,
        [member.email],
      ),
      notification: await byId('notification'),
      notification_preference: await byId('notification_preference'),
      thread_read: await byId('thread_read'),
      thread_watch: await byId('thread_watch'),
      category_watch: await byId('category_watch'),
      event_rsvp: await byId('event_rsvp'),
      calendar_feed: await byId('calendar_feed'),
      digest: await byId('digest'),
      job: await count(`SELECT count(*)::int AS n FROM job WHERE lower(payload->>'to') = lower($1)`, [member.email]),
      dev_mail: await count(`SELECT count(*)::int AS n FROM dev_mail WHERE lower(to_address) = lower($1)`, [
        member.email,
      ]),
      offer_enquiry: await byId('offer_enquiry', 'author_id'),
      // What they gave the community, and the log of acts.
      thread: await byId('thread', 'author_id'),
      post: await byId('post', 'author_id'),
      post_reaction: await byId('post_reaction'),
      post_report: await byId('post_report', 'reporter_id'),
      audit_log: await byId('audit_log', 'actor_id'),
      auth_token_created: await byId('auth_token', 'created_by_id'),
    };
  }

  it('erases what served only them, anonymises what names them, and keeps what they gave and the audit log', async () => {
    const { leaver, other, event, owned, mailToOther } = await memberWithData();
    const before = await rowsOf(leaver);
    // Every module's rows are there to be erased (a seeding mistake would make the spec pass vacuously).
    expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([]);

    await members.deleteAccount(actor(leaver), TEST_PASSWORD, ADDRESS);

    expect(await rowsOf(leaver)).toEqual({
      session: 0,
      auth_token: 0,
      sign_in_failure: 0,
      membership_application: 0,
      notification: 0,
      notification_preference: 0,
      thread_read: 0,
      thread_watch: 0,
      category_watch: 0,
      event_rsvp: 0,
      calendar_feed: 0,
      digest: 0,
      job: 0,
      dev_mail: 0,
      offer_enquiry: 0,
      thread: 1,
      post: 2,
      post_reaction: 1,
      post_report: 1,
      // Their earlier act, and the deletion itself.
      audit_log: 2,
      auth_token_created: 1,
    });
    // The profile: "Former member", no address, no password, no roles beyond MEMBER, nothing about them.
    const [profile] = await q<Record<string, unknown>>(
      `SELECT display_name, email, password_hash, roles, status, organisation, bio, erased_at IS NOT NULL AS erased
       FROM member WHERE id = $1`,
      [leaver.id],
    );
    expect(profile).toEqual({
      display_name: 'Former member',
      email: `erased+${leaver.id}@invalid.example`,
      password_hash: null,
      roles: [Role.Member],
      status: 'DEACTIVATED',
      organisation: null,
      bio: '',
      erased: true,
    });
    // Their address in mail to others is replaced, in the body and in the delivery error.
    const [mail] = await q<{ text: string; error: string }>(
      `SELECT payload->>'text' AS text, last_error AS error FROM job WHERE id = $1`,
      [mailToOther],
    );
    expect(mail).toEqual({
      text: 'Say hello to an erased address',
      error: '550 mailbox an erased address unavailable',
    });
    const [devMail] = await q<{ text: string }>(`SELECT text_body AS text FROM dev_mail WHERE to_address = $1`, [
      other.email,
    ]);
    expect(devMail.text).toBe('Write to an erased address');
    // The offer they owned stays for its organisation, without owner or their address.
    const [offer] = await q<{ ownerId: string | null; contactEmail: string | null }>(
      `SELECT owner_id AS "ownerId", contact_email AS "contactEmail" FROM offer WHERE id = $1`,
      [owned],
    );
    expect(offer).toEqual({ ownerId: null, contactEmail: null });
    // Their place went to the member waiting, who was told.
    const [rsvp] = await q<{ status: RsvpStatus }>(
      `SELECT status FROM event_rsvp WHERE event_id = $1 AND member_id = $2`,
      [event, other.id],
    );
    expect(rsvp.status).toBe(RsvpStatus.Going);
    expect(
      await count(`SELECT count(*)::int AS n FROM notification WHERE member_id = $1 AND kind = 'EVENT_PROMOTED'`, [
        other.id,
      ]),
    ).toBe(1);
    // One audit entry for the deletion, with each owner's counts, and no address.
    const [entry] = await q<{ actorId: string; details: { removed: Record<string, number> } }>(
      `SELECT actor_id AS "actorId", details FROM audit_log WHERE action = $1 AND target_id = $2`,
      [AuditAction.AccountDeleted, leaver.id],
    );
    expect(entry).toEqual({
      actorId: leaver.id,
      details: {
        removed: {
          sessions: 1,
          emailedLinks: 1,
          applications: 1,
          notifications: 1,
          eventAnswers: 1,
          digests: 1,
          offers: 1,
          offerEnquiries: 1,
        },
      },
    });
  });

  it('runs every owner in one unit of work: one failing erases nothing', async () => {
    const { leaver } = await memberWithData();
    const before = await rowsOf(leaver);
    const owners = s.get(MemberDataOwners).all();
    const last = owners[owners.length - 1];
    const spy = jest.spyOn(last, 'erase').mockRejectedValueOnce(new Error('the last owner failed'));
    try {
      const error = await failure(members.deleteAccount(actor(leaver), TEST_PASSWORD, ADDRESS));
      expect(error.message).toBe('the last owner failed');
    } finally {
      spy.mockRestore();
    }

    expect(await rowsOf(leaver)).toEqual(before);
    const [profile] = await q<{ erased: boolean }>(`SELECT erased_at IS NOT NULL AS erased FROM member WHERE id = $1`, [
      leaver.id,
    ]);
    expect(profile.erased).toBe(false);
  });

  it('changes nothing for a wrong password', async () => {
    const { leaver } = await memberWithData();
    const before = await rowsOf(leaver);

    const error = await failure(members.deleteAccount(actor(leaver), 'not the password', ADDRESS));

    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).fields).toEqual([
      { field: 'password', message: 'Your current password is not correct' },
    ]);
    expect(await rowsOf(leaver)).toEqual(before);
  });

  it('refuses the only administrator, changing nothing; another admin’s deletion goes ahead', async () => {
    // The file's admin and this one: two, so the second may go and the first may not.
    const second = await buildMember(s.dataSource, { roles: [Role.Member, Role.Admin] });
    await members.deleteAccount(actor(second, [Role.Member, Role.Admin]), TEST_PASSWORD, ADDRESS);
    const before = await rowsOf(admin);

    const error = await failure(members.deleteAccount(actor(admin, [Role.Member, Role.Admin]), TEST_PASSWORD, ADDRESS));

    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/^You are the only administrator/);
    expect(await rowsOf(admin)).toEqual(before);
  });
});
