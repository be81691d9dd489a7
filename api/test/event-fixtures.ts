// Shared by the events, RSVP and calendar specs: signed-in sessions made straight in the database (fifty
// racers need no password hashing), a valid event input with overrides, the GraphQL documents, and events
// written directly (past ones, which the API refuses to create).
import { Role } from '@heritage/shared';
import type { DataSource } from 'typeorm';
import { generateToken } from '../src/common/auth/tokens';
import type { TestApp } from './app';
import { buildMember, type BuiltMember } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type { CreateEventInput, EventFixturesEventFieldsFragment, UpdateEventInput } from './graphql/graphql';

graphql(`
  fragment EventFixturesEventFields on Event {
    id
    title
    description
    descriptionHtml
    startsAt
    endsAt
    timeZone
    format
    venueName
    venueAddress
    joinUrl
    capacity
    goingCount
    waitlistCount
    placesLeft
    full
    tags
    region
    accessibilityFeatures
    accessibilityNotes
    visibility
    status
    cancellationReason
    cancelledAt
    past
    open
    sequence
    calendarPath
    threadId
    canManage
    attendeesCsvPath
    organisers {
      id
      displayName
      organisation
    }
    myRsvp {
      status
      waitlistPosition
      since
    }
  }
`);
export const CREATE = graphql(`
  mutation EventFixturesCreate($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventFixturesEventFields
    }
  }
`);
export const UPDATE = graphql(`
  mutation EventFixturesUpdate($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...EventFixturesEventFields
    }
  }
`);
export const CANCEL = graphql(`
  mutation EventFixturesCancel($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      ...EventFixturesEventFields
    }
  }
`);
export const ONE = graphql(`
  query EventFixturesEvent($id: ID!) {
    event(id: $id) {
      ...EventFixturesEventFields
    }
  }
`);
export const ANSWER = graphql(`
  mutation EventFixturesRsvp($eventId: ID!, $answer: RsvpAnswer!) {
    rsvp(eventId: $eventId, answer: $answer) {
      id
      goingCount
      waitlistCount
      placesLeft
      full
      joinUrl
      myRsvp {
        status
        waitlistPosition
        since
      }
    }
  }
`);
/** The RSVP mutation, as the load specs call it. */
export const RSVP = ANSWER;

/** An event as the fixtures' documents read it. */
export type EventView = EventFixturesEventFieldsFragment;

export const codeOf = (res: GqlResponse): string | undefined => res.body.errors?.[0].extensions?.code;
export const fieldsOf = (res: GqlResponse): string[] | undefined =>
  (res.body.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
export const messagesOf = (res: GqlResponse): string[] | undefined =>
  (res.body.errors?.[0].extensions?.fields as { message: string }[] | undefined)?.map((f) => f.message);

/** `days` from now at a whole hour, as an ISO instant. */
export function inDays(days: number, hour = 14): string {
  const d = new Date(Date.now() + days * 86400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

/** An event's fields as the schema types them (CreateEventInput is UpdateEventInput without these two). */
export type EventFieldsInput = Omit<UpdateEventInput, 'id' | 'baseRevision'>;

/** A valid hybrid event a week ahead, typed for typed documents; overrides replace fields. */
export function validEventInput(overrides: Partial<EventFieldsInput> = {}): EventFieldsInput {
  return {
    title: 'Heritage walks and wellbeing',
    description: 'A **practical** session on running heritage walks for people referred by link workers.',
    startsAt: inDays(7, 13),
    endsAt: inDays(7, 15),
    timeZone: 'Europe/London',
    format: 'HYBRID',
    venueName: 'Castle Mill Heritage Centre',
    venueAddress: 'Mill Lane, Northshire NS1 2AB',
    joinUrl: 'https://meet.example.org/heritage-walks',
    capacity: null,
    tags: ['HERITAGE_WALKS', 'CONNECTION_WITH_PLACE'],
    region: 'NORTH_WEST',
    accessibilityFeatures: ['STEP_FREE_ACCESS', 'CAPTIONING'],
    accessibilityNotes: 'Accessible toilets on the ground floor.',
    visibility: 'MEMBERS',
    ...overrides,
  };
}

/** The same, with overrides of any shape (string documents, and input the API must refuse). */
export function eventInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...validEventInput(), ...overrides };
}

export interface Signed {
  session: Session;
  member: BuiltMember;
}

/** A member with a live session, made in the database (sign-in itself is tested in auth.e2e-spec.ts). */
export async function signedIn(
  t: TestApp,
  roles: Role[] = [Role.Member],
  overrides: { displayName?: string; organisation?: string } = {},
): Promise<Signed> {
  const member = await buildMember(t.dataSource, { roles, ...overrides });
  return { session: await sessionFor(t, member), member };
}

export async function sessionFor(t: TestApp, member: { id: string }): Promise<Session> {
  const { token, hash } = generateToken();
  await t.dataSource.query(
    `INSERT INTO session (member_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [member.id, hash],
  );
  const session = new Session(t.url);
  session.cookie = `hcop_session=${token}`;
  return session;
}

export async function createEvent(session: Session, overrides: Record<string, unknown> = {}): Promise<EventView> {
  // Overrides of any shape, as the suites pass them; the API checks them (an error fails here).
  const res = await session.gql(CREATE, { input: eventInput(overrides) as CreateEventInput });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createEvent;
}

/** An event written directly (the API refuses a start in the past), organised by `organiserId`. */
export async function insertEvent(
  ds: DataSource,
  organiserId: string,
  fields: { title: string; startsAt: string; endsAt: string } & Partial<{
    format: string;
    visibility: string;
    tags: string[];
    region: string;
    status: string;
    joinUrl: string;
  }>,
): Promise<string> {
  const format = fields.format ?? 'ONLINE';
  const cancelled = fields.status === 'CANCELLED';
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO event (title, description, description_html, starts_at, ends_at, format, venue_name, venue_address,
       join_url, visibility, tags, region, status, cancelled_at, cancellation_reason, created_by_id)
     VALUES ($1, 'About it.', '<p>About it.</p>', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     RETURNING id`,
    [
      fields.title,
      fields.startsAt,
      fields.endsAt,
      format,
      format === 'ONLINE' ? null : 'A venue',
      format === 'ONLINE' ? null : 'An address',
      format === 'IN_PERSON' ? null : (fields.joinUrl ?? 'https://meet.example.org/x'),
      fields.visibility ?? 'MEMBERS',
      fields.tags ?? [],
      fields.region ?? null,
      fields.status ?? 'SCHEDULED',
      cancelled ? new Date() : null,
      cancelled ? 'Called off' : null,
      organiserId,
    ],
  );
  await ds.query(`INSERT INTO event_organiser (event_id, member_id, position) VALUES ($1, $2, 1)`, [id, organiserId]);
  return id;
}

/** Every row an event change could touch, to prove a refused change changed nothing. */
export async function eventSnapshot(ds: DataSource): Promise<unknown> {
  const q = (sql: string) => ds.query<unknown[]>(sql);
  return {
    events: await q(`SELECT * FROM event ORDER BY id`),
    organisers: await q(`SELECT * FROM event_organiser ORDER BY event_id, position`),
    rsvps: await q(`SELECT * FROM event_rsvp ORDER BY event_id, member_id`),
    threads: await q(`SELECT id FROM thread ORDER BY id`),
    notifications: await q(`SELECT id FROM notification ORDER BY id`),
    jobs: await q(`SELECT id FROM job WHERE kind <> 'maintenance.cleanup' ORDER BY id`),
  };
}
