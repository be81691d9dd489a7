// Every Query and Mutation field of shared/schema.graphql meets a hostile corpus, generated from the schema so a
// new operation is covered the day it lands. For each argument and input field, by its type: forged cursors,
// NUL (in variables and inline), malformed ids, near-limit and 1 MB strings, wrong types, bad enum values and
// dates, deep nesting, huge lists, tsquery syntax, unicode edge cases and edge integers. Each case runs as a
// visitor and as a signed-in admin (who passes permission checks, so validation and services are reached).
//
// Asserted: every answer is HTTP 200/400 (413 for the 1 MB body; 429 if a rate limit speaks) with codes from
// the closed set and never INTERNAL_SERVER_ERROR; inputs that must be refused are refused; nothing changes in
// the database (row count and content hash of every table) except where a mutation accepted a valid-shaped
// case (tsquery or unicode text, an edge integer, a long list), and the server still answers /health/live.
// The job worker is off and rate limits are raised (see beforeAll). Left out of the snapshot: `session` (each
// signed-in request slides its expiry), `sign_in_failure` and any table named like a throttle or rate-limit
// counter (`rate_limit`: counting requests is its job).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, ErrorCode } from '@heritage/shared';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLObjectType,
} from 'graphql';
import { RATE_LIMIT_DEFAULTS } from '../src/config/config';
import { findRepoRoot } from '../src/config/repo-root';
import { DEMO_ADMIN, seedDemoCommunity } from '../src/seed/demo-seed';
import { startTestApp, type TestApp } from './app';
import { Session } from './gql';

const schema = buildSchema(readFileSync(path.join(findRepoRoot(), 'shared', 'schema.graphql'), 'utf8'));

type Kind =
  | 'nul'
  | 'nul-inline'
  | 'overlong'
  | 'megabyte'
  | 'bad-id'
  | 'forged-cursor'
  | 'wrong-type'
  | 'bad-enum'
  | 'bad-date'
  | 'odd-date'
  | 'blank-id'
  | 'lone-surrogate'
  | 'deep-nesting'
  | 'huge-list'
  | 'tsquery'
  | 'unicode'
  | 'int-edge';

/** Kinds no operation may accept. The rest are valid-shaped: a mutation may accept them, and then write. */
const MUST_REFUSE = new Set<Kind>([
  'nul',
  'lone-surrogate',
  'nul-inline',
  'overlong',
  'megabyte',
  'bad-id',
  'forged-cursor',
  'wrong-type',
  'bad-enum',
  'bad-date',
  'deep-nesting',
]);

/**
 * Queries may answer a NUL or an over-long string without an error where nothing is stored or matched (search
 * words turn control characters into spaces; a 90 KB slug finds no space) — the rest they must refuse.
 */
const MUST_REFUSE_IN_QUERIES = new Set<Kind>([
  'megabyte',
  'lone-surrogate',
  'bad-id',
  'forged-cursor',
  'wrong-type',
  'bad-enum',
  'bad-date',
  'deep-nesting',
]);

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const NUL = 'hostile\u0000input';
const TSQUERY = "!:*&|() <-> 'a':* & !b | (c";
/** Valid but awkward text: right-to-left override, zero-width space, a joined emoji, a combining accent, a BOM. */
const UNICODE = '\u202Eevil\u200B \u{1F469}\u200D\u{1F469}\u200D\u{1F467} e\u0301 \uFEFF';
/** Half of a surrogate pair: not text at all. */
const LONE_SURROGATE = 'broken \uD800 text';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const FORGED_CURSORS = [
  'garbage',
  b64(['x']),
  b64(['events', '2025-13-45 99:99:99+00', 'nope']),
  b64(['threads', true, '2025-01-01 00:00:00+00', "'; DROP TABLE thread; --"]),
  b64(['elsewhere', '2025-01-01 00:00:00+00', MISSING_ID]),
  b64(['posts', -1]),
  b64(['members', 'a\u0000', MISSING_ID]),
  b64(['applications', Number.MAX_VALUE, 'x', 'y']),
];
const BAD_IDS = ["'; DROP TABLE member; --", `${MISSING_ID.slice(0, -1)}g`, 'not-a-uuid'];
const BAD_DATES = ['yesterday', '2025-13-01T00:00:00Z', '+275760-09-13T00:00:00.001Z'];
/** Dates JavaScript reads leniently (30 February is 2 March): answered, never a 500. */
const ODD_DATES = ['2025-02-30T00:00:00Z', '0000-01-01T00:00:00Z'];
/** Near the 100 KB body limit, far beyond any field's own limit. */
const OVERLONG = 'x'.repeat(90_000);

interface Case {
  op: 'query' | 'mutation';
  field: string;
  kind: Kind;
  /** Where the hostile value sits, e.g. `input.caseStudy.duration`. */
  at: string;
  body: string;
}

/** A plausible value of `type` (ids name nothing, so mutations stop at NOT_FOUND before writing). */
function baseline(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return baseline(type.ofType, name);
  if (isListType(type)) return [baseline(type.ofType, name)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = baseline(field.type, field.name);
      }
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'ID':
      return MISSING_ID;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2030-01-01T10:00:00.000Z';
    default:
      if (/email/i.test(name)) return 'hostile-input@example.org';
      if (/password/i.test(name)) return 'not the password, 123';
      if (/token/i.test(name)) return 'x'.repeat(43);
      return 'A hostile-input test';
  }
}

/** The hostile values for a value of `type` at `name`, by kind. */
function corpus(type: GraphQLInputType, name: string): [Kind, unknown][] {
  const named = getNamedType(type);
  const whole: [Kind, unknown][] = [['wrong-type', isInputObjectType(named) && !isListType(type) ? 'x' : { $gt: '' }]];
  let nested: unknown = 'x';
  for (let i = 0; i < 200; i += 1) nested = isListType(type) ? [nested] : { [name]: nested };
  if (isInputObjectType(named) || isListType(nullable(type))) whole.push(['deep-nesting', nested]);
  if (isListType(nullable(type))) {
    const item = baseline((nullable(type) as { ofType: GraphQLInputType }).ofType, name);
    const size = Math.max(1, Math.min(2000, Math.floor(80_000 / (JSON.stringify(item).length + 1))));
    whole.push(['huge-list', Array.from({ length: size }, () => item)]);
  }
  if (isListType(nullable(type)) || isInputObjectType(named)) return whole;
  if (isEnumType(named))
    return [...whole, ['bad-enum', 'NOT_A_VALUE'], ['bad-enum', String(named.getValues()[0].value).toLowerCase()]];
  switch (named.name) {
    case 'ID':
      return [
        ...whole,
        ...BAD_IDS.map((v): [Kind, unknown] => ['bad-id', v]),
        ['blank-id', ''],
        ['nul', `${MISSING_ID}\u0000`],
        ['overlong', OVERLONG],
      ];
    case 'Int':
      return [
        ...whole,
        ['wrong-type', 2 ** 31],
        ...[-1, 0, 2 ** 31 - 1, -(2 ** 31)].map((v): [Kind, unknown] => ['int-edge', v]),
      ];
    case 'DateTime':
      return [
        ...whole,
        ...BAD_DATES.map((v): [Kind, unknown] => ['bad-date', v]),
        ...ODD_DATES.map((v): [Kind, unknown] => ['odd-date', v]),
      ];
    case 'String':
      if (name === 'after') {
        return [...whole, ...FORGED_CURSORS.map((v): [Kind, unknown] => ['forged-cursor', v]), ['nul', NUL]];
      }
      return [
        ...whole,
        ['nul', NUL],
        ['lone-surrogate', LONE_SURROGATE],
        ['overlong', OVERLONG],
        ['tsquery', TSQUERY],
        ['unicode', UNICODE],
      ];
    default:
      return whole;
  }
}

function nullable(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

/** Every place a value can go: the argument itself, then its list items and input fields, 3 deep. */
function places(type: GraphQLInputType, at: (string | number)[], depth = 0): [(string | number)[], GraphQLInputType][] {
  const out: [(string | number)[], GraphQLInputType][] = [[at, type]];
  const inner = nullable(type);
  if (depth >= 3) return out;
  if (isListType(inner)) {
    const item = inner.ofType;
    if (isInputObjectType(getNamedType(item))) out.push(...places(item, [...at, 0], depth + 1));
  } else if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields()))
      out.push(...places(field.type, [...at, field.name], depth + 1));
  }
  return out;
}

/** `base` with `value` at `at`; missing parents get their baseline, so only the one value is hostile. */
function setAt(
  base: Record<string, unknown>,
  at: (string | number)[],
  value: unknown,
  typeAt: Map<string, GraphQLInputType>,
): Record<string, unknown> {
  const copy = structuredClone(base);
  let node: Record<string | number, unknown> = copy;
  for (const [i, key] of at.entries()) {
    if (i === at.length - 1) node[key] = value;
    else {
      const parent = at.slice(0, i + 1);
      node[key] ??= baseline(typeAt.get(parent.join('.'))!, String(key));
      node = node[key] as Record<string | number, unknown>;
    }
  }
  return copy;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function document(
  op: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
  inline: Record<string, string> = {},
): string {
  const sent = args.filter((a) => a.name in values || a.name in inline);
  const defs = sent.filter((a) => !(a.name in inline)).map((a) => `$${a.name}: ${String(a.type)}`);
  const list = sent.map((a) => `${a.name}: ${a.name in inline ? inline[a.name] : `$${a.name}`}`);
  return `${op} Hostile${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${
    list.length ? `(${list.join(', ')})` : ''
  }${selection(field)} }`;
}

function casesFor(op: 'query' | 'mutation', type: GraphQLObjectType): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = field.args;
    if (args.length === 0) {
      // Nothing to send: an unknown argument (with a NUL) must be refused before anything runs.
      const body = JSON.stringify({ query: `${op} { ${field.name}(hostile: "a\\u0000b")${selection(field)} }` });
      cases.push({ op, field: field.name, kind: 'nul-inline', at: 'hostile', body });
      continue;
    }
    const base: Record<string, unknown> = {};
    for (const arg of args) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) base[arg.name] = baseline(arg.type, arg.name);
    }
    let megabyteSent = false;
    for (const arg of args) {
      const all = places(arg.type, [arg.name]);
      const typeAt = new Map(all.map(([at, type]) => [at.join('.'), type]));
      for (const [at, type] of all) {
        const name = String(at.filter((k) => typeof k === 'string').at(-1));
        for (const [kind, value] of corpus(type, name)) {
          const variables = setAt(base, at, value, typeAt);
          const body = JSON.stringify({ query: document(op, field, args, variables), variables });
          cases.push({ op, field: field.name, kind, at: at.join('.'), body });
        }
        const named = getNamedType(type).name;
        if (!megabyteSent && (named === 'String' || named === 'ID')) {
          megabyteSent = true;
          const variables = setAt(base, at, 'x'.repeat(1024 * 1024), typeAt);
          const body = JSON.stringify({ query: document(op, field, args, variables), variables });
          cases.push({ op, field: field.name, kind: 'megabyte', at: at.join('.'), body });
        }
        if (at.length === 1 && (named === 'String' || named === 'ID')) {
          const { [arg.name]: _inlined, ...rest } = base;
          const query = document(op, field, args, rest, { [arg.name]: '"hostile\\u0000input"' });
          cases.push({
            op,
            field: field.name,
            kind: 'nul-inline',
            at: arg.name,
            body: JSON.stringify({ query, variables: rest }),
          });
        }
      }
    }
  }
  return cases;
}

const ALLOWED_CODES = new Set(ERROR_CODES.filter((c) => c !== String(ErrorCode.Internal)));

interface Answer {
  status: number;
  codes: string[];
  fields: string[];
  accepted: boolean;
}

async function send(url: string, cookie: string, body: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  const text = await res.text();
  let json: { data?: unknown; errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    json = {};
  }
  const errors = json.errors ?? [];
  return {
    status: res.status,
    codes: errors.map((e) => e.extensions?.code ?? 'NO_CODE'),
    fields: errors.flatMap((e) => (e.extensions?.fields ?? []).map((f) => f.field)),
    accepted: res.status === 200 && errors.length === 0,
  };
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

describe('hostile input to every operation in the schema', () => {
  let t: TestApp;
  let admin: Session;
  let tables: string[];

  const snapshot = async (): Promise<Record<string, string>> => {
    const sql = tables
      .map(
        (name) =>
          `SELECT '${name}' AS t, count(*)::text || ':' || md5(coalesce(string_agg(md5(x::text), ',' ORDER BY md5(x::text)), '')) AS h FROM "${name}" x`,
      )
      .join(' UNION ALL ');
    const rows = await t.dataSource.query<{ t: string; h: string }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.t, r.h]));
  };
  const changed = (a: Record<string, string>, b: Record<string, string>) => tables.filter((n) => a[n] !== b[n]);

  beforeAll(async () => {
    // No job worker: an email queued by an accepted case stays a `job` row written then, not a change that
    // lands (in `job` and `dev_mail`) while a later operation is being checked.
    // Rate limits raised out of reach: every case must meet the validation, not an early 429.
    const unlimited: Record<string, string> = { JOBS_ENABLED: 'false' };
    for (const kind of Object.keys(RATE_LIMIT_DEFAULTS)) unlimited[`RATE_LIMIT_${kind}`] = '1000000,1000000,60';
    t = await startTestApp(unlimited);
    await seedDemoCommunity(t.dataSource);
    admin = new Session(t.url);
    expect((await admin.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password)).status).toBe(200);
    const rows = await t.dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       ORDER BY table_name`,
    );
    tables = rows
      .map((r) => r.table_name)
      .filter((name) => name !== 'session' && name !== 'sign_in_failure' && !/throttl|rate_limit/.test(name));
  });
  afterAll(async () => {
    await t.close();
  });

  const queries = casesFor('query', schema.getQueryType()!);
  const mutations = casesFor('mutation', schema.getMutationType()!);

  it('covers every Query and Mutation field', () => {
    const covered = new Set([...queries, ...mutations].map((c) => c.field));
    const all = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
    expect(all.length).toBeGreaterThan(80);
  });

  /** What is wrong with one answer, if anything. */
  function problem(c: Case, role: 'visitor' | 'admin', a: Answer): string | undefined {
    const where = `${role} ${c.op} ${c.field} ${c.kind} at ${c.at}: HTTP ${a.status} ${a.codes.join(',') || 'OK'}`;
    if (c.kind === 'megabyte') return a.status === 413 ? undefined : where;
    if (a.status !== 200 && a.status !== 400 && a.status !== 429) return where;
    if (a.codes.some((code) => !ALLOWED_CODES.has(code))) return where;
    if (a.accepted && (c.op === 'mutation' ? MUST_REFUSE : MUST_REFUSE_IN_QUERIES).has(c.kind)) {
      return `${where} (accepted)`;
    }
    // A signed-in admin passes the permission checks, so a forged cursor must be named as the problem.
    if (role === 'admin' && c.kind === 'forged-cursor' && !a.fields.includes('after')) return `${where} (not on after)`;
    return undefined;
  }

  async function run(cases: Case[]): Promise<{ problems: string[]; accepted: Case[] }> {
    const problems: string[] = [];
    const accepted: Case[] = [];
    // The body limit acts before anyone is known: one role is enough for the 1 MB cases.
    const jobs = cases.flatMap((c) => [
      { c, role: 'visitor' as const, cookie: '' },
      ...(c.kind === 'megabyte' ? [] : [{ c, role: 'admin' as const, cookie: admin.cookie }]),
    ]);
    await pool(jobs, 8, async ({ c, role, cookie }) => {
      const answer = await send(t.url, cookie, c.body);
      const found = problem(c, role, answer);
      if (found) problems.push(found);
      if (answer.accepted && c.op === 'mutation') accepted.push(c);
    });
    return { problems, accepted };
  }

  it('answers every query case without INTERNAL_SERVER_ERROR, refusing forged cursors, and changes nothing', async () => {
    const before = await snapshot();
    const { problems } = await run(queries);
    expect(problems).toEqual([]);
    expect(changed(before, await snapshot())).toEqual([]);
  }, 120_000);

  it('refuses every must-refuse mutation case, changing nothing', async () => {
    const before = await snapshot();
    const { problems } = await run(mutations.filter((c) => MUST_REFUSE.has(c.kind)));
    expect(problems).toEqual([]);
    expect(changed(before, await snapshot())).toEqual([]);
  }, 240_000);

  it('writes only for valid-shaped mutation input it accepted', async () => {
    const problems: string[] = [];
    const byField = new Map<string, Case[]>();
    for (const c of mutations.filter((m) => !MUST_REFUSE.has(m.kind))) {
      byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
    }
    let before = await snapshot();
    for (const [field, cases] of byField) {
      const valid = await run(cases);
      problems.push(...valid.problems);
      const after = await snapshot();
      const wrote = changed(before, after);
      if (wrote.length && valid.accepted.length === 0)
        problems.push(`mutation ${field}: refused input changed ${wrote.join(', ')}`);
      before = after;
    }
    expect(problems).toEqual([]);
  }, 240_000);

  describe('the review’s findings, one by one', () => {
    const codeAndFields = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => ({
      code: res.body.errors?.[0].extensions?.code,
      fields: res.body.errors?.[0].extensions?.fields,
    });
    const BAD_CURSOR = [{ field: 'after', message: 'That page link is not valid. Go back to the first page.' }];
    const forged = b64(['events', 'garbage', 'x']);

    it('refuses forged cursors on every connection, visitors included, as BAD_USER_INPUT on after', async () => {
      const visitor = new Session(t.url);
      const events = await visitor.rawGql('query($after: String) { events(after: $after) { nodes { id } } }', {
        after: forged,
      });
      expect(codeAndFields(events)).toEqual({ code: ErrorCode.BadUserInput, fields: BAD_CURSOR });
      for (const query of [
        'query($after: String) { notifications(after: $after) { nodes { id } } }',
        'query($after: String) { auditLog(after: $after) { nodes { id } } }',
        'query($after: String) { applications(after: $after) { nodes { id } } }',
        'query($after: String) { members(after: $after) { nodes { id } } }',
      ]) {
        expect(codeAndFields(await admin.rawGql(query, { after: forged }))).toEqual({
          code: ErrorCode.BadUserInput,
          fields: BAD_CURSOR,
        });
      }
    });

    it('refuses forged and cross-list cursors on nested connections (Event.attendees, Thread.posts)', async () => {
      const [event] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM event LIMIT 1`);
      const [thread] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM thread LIMIT 1`);
      const ATTENDEES = `query($id: ID!, $after: String, $status: RsvpStatus!) {
        event(id: $id) { attendees(after: $after, status: $status) { nodes { member { id } } } } }`;
      // The going list's cursor holds a timestamp, the waiting list's a position: each refuses the other's.
      const going = b64(['attendees', '2025-01-01 10:00:00+00', MISSING_ID]);
      for (const [after, status] of [
        [forged, 'GOING'],
        [going, 'WAITLISTED'],
        [b64(['waitlist', '3', MISSING_ID]), 'GOING'],
      ]) {
        const res = await admin.rawGql(ATTENDEES, { id: event.id, after, status });
        expect(codeAndFields(res)).toEqual({ code: ErrorCode.BadUserInput, fields: BAD_CURSOR });
      }
      expect(codeAndFields(await admin.rawGql(ATTENDEES, { id: event.id, after: going, status: 'GOING' })).code).toBe(
        undefined,
      );
      const POSTS = `query($id: ID!, $after: String) { thread(id: $id) { posts(after: $after) { nodes { id } } } }`;
      for (const after of [forged, b64(['posts', -1]), b64(['posts', 2 ** 40])]) {
        expect(codeAndFields(await admin.rawGql(POSTS, { id: thread.id, after }))).toEqual({
          code: ErrorCode.BadUserInput,
          fields: BAD_CURSOR,
        });
      }
    });

    it('answers malformed ids with NOT_FOUND where they name a record, BAD_USER_INPUT for a filter', async () => {
      const application = await admin.rawGql('query { application(id: "x") { id } }');
      expect(codeAndFields(application)).toEqual({ code: ErrorCode.NotFound, fields: undefined });
      expect(application.body.errors?.[0].message).toBe('We could not find that application');
      const notification = await admin.rawGql('mutation { markNotificationRead(id: "x") }');
      expect(codeAndFields(notification).code).toBe(ErrorCode.NotFound);
      const approve = await admin.rawGql('mutation { approveApplication(input: { applicationId: "x" }) { id } }');
      expect(codeAndFields(approve).code).toBe(ErrorCode.NotFound);
      expect(codeAndFields(await admin.rawGql('query { auditLog(targetId: "x") { nodes { id } } }'))).toEqual({
        code: ErrorCode.BadUserInput,
        fields: [{ field: 'targetId', message: 'Give the id of a record' }],
      });
      expect((await fetch(`${t.url}/events/not-a-uuid.ics`)).status).toBe(404);
    });

    it('refuses NUL and broken characters with the field’s path, visitors included, in variables and inline', async () => {
      const visitor = new Session(t.url);
      const application = {
        fullName: 'Ada Lovelace',
        email: 'ada@example.org',
        organisation: 'Analytical Engines',
        jobTitle: 'Link worker',
        sector: 'HERITAGE_ORGANISATION',
        region: 'LONDON',
        heardAbout: 'A colleague',
        hopes: 'To learn',
        agreeCodeOfConduct: true,
        agreePrivacyNotice: true,
      };
      const SUBMIT = 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) }';
      const nul = await visitor.rawGql(SUBMIT, { input: { ...application, hopes: 'To\u0000learn' } });
      expect(codeAndFields(nul)).toEqual({
        code: ErrorCode.BadUserInput,
        fields: [{ field: 'hopes', message: 'Remove the invisible NUL character (\\u0000) from this answer' }],
      });
      const broken = await visitor.rawGql(SUBMIT, { input: { ...application, fullName: 'Ada \uD83D' } });
      expect(codeAndFields(broken)).toEqual({
        code: ErrorCode.BadUserInput,
        fields: [
          { field: 'fullName', message: 'Remove the broken character (half of an emoji or symbol) from this answer' },
        ],
      });
      const reset = await visitor.rawGql('mutation { requestPasswordReset(email: "a\\u0000@example.org") }');
      expect(codeAndFields(reset)).toEqual({
        code: ErrorCode.BadUserInput,
        fields: [{ field: 'email', message: 'Remove the invisible NUL character (\\u0000) from this answer' }],
      });
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM membership_application WHERE email = 'ada@example.org'`,
      );
      expect(count).toBe(0);
    });
  });

  it('is still up, and the admin still signed in', async () => {
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    const res = await admin.rawGql<{ viewer: { email: string } | null }>('{ viewer { email } }');
    expect(res.body.data?.viewer?.email).toBe(DEMO_ADMIN.email);
  });
});
