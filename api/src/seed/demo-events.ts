// Demo events, timed from the day the demo is seeded: webinars, a site visit with a waiting list, a training
// session and a network meeting, and one that has already happened. Each has its discussion thread in Events
// and meet-ups (as createEvent opens one). Demo events get no reminder jobs: nobody reads the demo's email.
import {
  AccessibilityFeature,
  ActivityType,
  EventFormat,
  type EventTag,
  EventVisibility,
  formatEventTime,
  Region,
  RsvpStatus,
  ThreadKind,
  WellbeingBenefit,
} from '@heritage/shared';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { PostsRepository } from '../modules/discussions/posts/posts.repository';
import { ThreadsRepository } from '../modules/discussions/threads/threads.repository';
import { unitOf } from '../database/unit-of-work';

export interface DemoEvent {
  title: string;
  description: string;
  /** Days from the seeding day (negative: in the past) and the London wall-clock start, 24-hour. */
  day: number;
  startHour: number;
  hours: number;
  format: EventFormat;
  venueName?: string;
  venueAddress?: string;
  joinUrl?: string;
  capacity?: number;
  tags: EventTag[];
  region?: Region;
  accessibilityFeatures: AccessibilityFeature[];
  accessibilityNotes?: string;
  visibility: EventVisibility;
  /** Organisers' emails (demo members with the advisory group, moderator or admin role). */
  organisers: string[];
  /** Members' emails, in the order they answered GOING (beyond capacity they wait). */
  going: string[];
}

const ADMIN = 'admin@heritage-cop.example';
const GARETH = 'gareth.lloyd@northshire.example';
const SIOBHAN = 'siobhan.kelly@valley-archives.example';
const PRIYA = 'priya.shah@tyneside-sps.example';
const TOM = 'tom.ashworth@castlemill.example';
const AMARA = 'amara.eze@riverside-health.example';
const HUW = 'huw.evans@cadw-friends.example';
const FIONA = 'fiona.mackay@northshire-museums.example';

export const DEMO_EVENTS: DemoEvent[] = [
  {
    title: 'Monthly online meet-up: heritage referrals that worked',
    description:
      'Our regular hour together. Bring a referral story — what the person needed, where you sent them, what happened.\n\n' +
      '- 10 minutes of introductions\n- three short stories from members\n- open discussion',
    day: 6,
    startHour: 12,
    hours: 1,
    format: EventFormat.Online,
    joinUrl: 'https://meet.example.org/heritage-cop-monthly',
    tags: [ActivityType.Volunteering, WellbeingBenefit.IdentityBelonging],
    region: Region.UkWide,
    accessibilityFeatures: [AccessibilityFeature.Captioning],
    accessibilityNotes: 'Cameras optional. Slides are shared in the thread the day before.',
    visibility: EventVisibility.Public,
    organisers: [ADMIN],
    going: [PRIYA, AMARA, HUW],
  },
  {
    title: 'Site visit: Castle Mill volunteer programme',
    description:
      'Tom shows how Castle Mill welcomes volunteers referred by link workers, from the first phone call to the tea room rota. ' +
      'Includes a short tour of the **restored spinning floor**.',
    day: 13,
    startHour: 10,
    hours: 3,
    format: EventFormat.InPerson,
    venueName: 'Castle Mill Heritage Centre',
    venueAddress: 'Mill Lane, Castleford-on-Irwell, Northshire NS4 7QT',
    capacity: 3,
    tags: [ActivityType.Volunteering, ActivityType.CraftsSkills, WellbeingBenefit.SomethingBigger],
    region: Region.NorthWest,
    accessibilityFeatures: [AccessibilityFeature.StepFreeAccess, AccessibilityFeature.HearingLoop],
    accessibilityNotes: 'Lift to every floor. The spinning floor is noisy for about ten minutes of the tour.',
    visibility: EventVisibility.Members,
    organisers: [SIOBHAN],
    going: [PRIYA, FIONA, AMARA, HUW],
  },
  {
    title: 'Training: evaluating wellbeing outcomes in heritage projects',
    description:
      'A practical session on choosing outcome measures that suit small projects, with worked examples. ' +
      'Gareth will share a one-page evaluation plan template.',
    day: 20,
    startHour: 14,
    hours: 2,
    format: EventFormat.Hybrid,
    venueName: 'University of Northshire, Heritage Lab',
    venueAddress: 'Room 2.14, Kings Building, Northshire NS1 3AA',
    joinUrl: 'https://meet.example.org/evaluation-training',
    capacity: 40,
    tags: [ActivityType.ArchivesCollections, WellbeingBenefit.DiscoveryLearning],
    region: Region.YorkshireHumber,
    accessibilityFeatures: [
      AccessibilityFeature.StepFreeAccess,
      AccessibilityFeature.BslInterpretation,
      AccessibilityFeature.Captioning,
    ],
    visibility: EventVisibility.Members,
    organisers: [GARETH],
    going: [TOM, FIONA],
  },
  {
    title: 'Wales network meeting: heritage walks for health',
    description: 'An informal meeting for members in Wales, with a gentle walk around Dinas Castle afterwards.',
    day: 27,
    startHour: 11,
    hours: 2,
    format: EventFormat.InPerson,
    venueName: 'Dinas Castle visitor centre',
    venueAddress: 'Castle Road, Dinas, Gwynedd LL00 1AA',
    tags: [ActivityType.HeritageWalks, ActivityType.NatureLandscape, WellbeingBenefit.ConnectionWithPlace],
    region: Region.Wales,
    accessibilityFeatures: [AccessibilityFeature.QuietSpace],
    accessibilityNotes: 'The walk has steps and uneven ground; the meeting room is step-free.',
    visibility: EventVisibility.Public,
    organisers: [GARETH, SIOBHAN],
    going: [HUW],
  },
  {
    title: 'Webinar: memory cafés in museums',
    description:
      'Fiona and Siobhan on running object-handling sessions with people living with dementia and their carers.',
    day: -14,
    startHour: 15,
    hours: 1,
    format: EventFormat.Online,
    joinUrl: 'https://meet.example.org/memory-cafes',
    tags: [ActivityType.MemoryCafes, WellbeingBenefit.BrainHealthMemory],
    region: Region.UkWide,
    accessibilityFeatures: [AccessibilityFeature.Captioning],
    visibility: EventVisibility.Public,
    organisers: [SIOBHAN],
    going: [FIONA, PRIYA, TOM],
  },
];

/** The instant of `hour`:00 London time, `days` from `from`'s date. */
export function londonTime(from: Date, days: number, hour: number): Date {
  const date = new Date(from.getTime() + days * 86400_000).toISOString().slice(0, 10);
  const asUtc = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' })
    .formatToParts(asUtc)
    .find((p) => p.type === 'timeZoneName')?.value;
  return zone === 'BST' ? new Date(asUtc.getTime() - 3600_000) : asUtc;
}

export async function seedDemoEvents(manager: EntityManager, now = new Date()): Promise<void> {
  const members = await manager.query<{ id: string; email: string }[]>(`SELECT id, email FROM member`);
  const idOf = (email: string): string => {
    const found = members.find((m) => m.email === email);
    if (!found) throw new Error(`Demo member ${email} is missing`);
    return found.id;
  };
  const [space] = await manager.query<{ id: string }[]>(
    `SELECT id FROM category WHERE slug = 'events-and-meet-ups' AND archived_at IS NULL`,
  );
  // The event's thread is written as any thread is, in the caller's transaction.
  const threadsRepository = new ThreadsRepository(manager.connection);
  const postsRepository = new PostsRepository(manager.connection);
  const tx = unitOf(manager);
  for (const e of DEMO_EVENTS) {
    const startsAt = londonTime(now, e.day, e.startHour);
    const endsAt = new Date(startsAt.getTime() + e.hours * 3600_000);
    const going = e.going.slice(0, e.capacity ?? e.going.length);
    const waiting = e.going.slice(going.length);
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO event (title, description, description_html, starts_at, ends_at, format, venue_name, venue_address,
         join_url, capacity, tags, region, accessibility_features, accessibility_notes, visibility, going_count,
         waitlist_count, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       RETURNING id`,
      [
        e.title,
        e.description,
        renderMarkdown(e.description),
        startsAt,
        endsAt,
        e.format,
        e.venueName ?? null,
        e.venueAddress ?? null,
        e.joinUrl ?? null,
        e.capacity ?? null,
        e.tags,
        e.region ?? null,
        e.accessibilityFeatures,
        e.accessibilityNotes ?? '',
        e.visibility,
        going.length,
        waiting.length,
        idOf(e.organisers[0]),
      ],
    );
    await manager.query(
      `INSERT INTO event_organiser (event_id, member_id, position)
       SELECT $1, member_id, position FROM unnest($2::uuid[]) WITH ORDINALITY AS o (member_id, position)`,
      [id, e.organisers.map(idOf)],
    );
    // One at a time, so status times and waitlist numbers follow the list's order.
    for (const email of e.going) {
      const status = going.includes(email) ? RsvpStatus.Going : RsvpStatus.Waitlisted;
      await manager.query(
        `INSERT INTO event_rsvp (event_id, member_id, status, waitlist_order)
         VALUES ($1, $2, $3, CASE WHEN $3 = 'WAITLISTED' THEN nextval('event_waitlist_seq') END)`,
        [id, idOf(email), status],
      );
    }
    if (space) {
      const body =
        `The discussion for **${e.title}**: ${formatEventTime(startsAt, endsAt, 'Europe/London')}.\n\n` +
        `[See the event and answer whether you are going](/events/${id}).`;
      const thread = await threadsRepository.insert(tx, {
        categoryId: space.id,
        authorId: idOf(e.organisers[0]),
        kind: ThreadKind.Discussion,
        title: e.title,
        summary: null,
        tags: [],
      });
      await postsRepository.insert(tx, {
        threadId: thread.id,
        number: 1,
        authorId: idOf(e.organisers[0]),
        body,
        bodyHtml: renderMarkdown(body),
        replyToPostId: null,
        personalDataConfirmed: false,
      });
      await manager.query(`UPDATE event SET thread_id = $2 WHERE id = $1`, [id, thread.id]);
    }
  }
}
