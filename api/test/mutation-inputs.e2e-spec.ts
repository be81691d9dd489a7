// The `input:` shape of the mutations that used to take positional arguments (docs/api.md, "Inputs"). Each one
// works with `input`; exactly one shape is accepted (both or neither is BAD_USER_INPUT on `input`, and nothing
// runs); either shape meets the same validation; the old arguments are reported deprecated by introspection.
// The old shapes themselves are proved by the unchanged specs of each module.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@heritage/shared';
import {
  buildSchema,
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { findRepoRoot } from '../src/config/repo-root';
import { generateToken, hashToken } from '../src/common/auth/tokens';
import { startTestApp, type TestApp } from './app';
import { createEvent, sessionFor, signedIn, type Signed } from './event-fixtures';
import { buildCategory, buildMember, buildThread } from './factories';
import { type GqlResponse, Session } from './gql';

/** The mutations that took positional arguments; each keeps them, deprecated, beside `input`. */
const MOVED = [
  'cancelEvent',
  'confirmEmailChange',
  'deleteAccount',
  'deletePost',
  'hidePost',
  'lockThread',
  'markNotificationRead',
  'markThreadRead',
  'moveThread',
  'pinThread',
  'react',
  'reinstateMember',
  'reportPost',
  'requestPasswordReset',
  'resolveReport',
  'restorePost',
  'rsvp',
  'setMemberRoles',
  'suspendMember',
  'unlockThread',
  'unpinThread',
  'unreact',
  'unwatchThread',
  'updateNotificationPreferences',
  'watchThread',
];

/** Old arguments whose input field has been renamed since (spaces.e2e-spec.ts checks the input's own twins). */
const RENAMED_SINCE: Record<string, string> = { 'moveThread(categoryId)': 'spaceId' };

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const schema = buildSchema(readFileSync(path.join(findRepoRoot(), 'shared', 'schema.graphql'), 'utf8'));

/** A value GraphQL accepts for `type` (only required fields of input objects). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  const scalar = { ID: MISSING_ID, Int: 1, Float: 1, Boolean: false, DateTime: '2030-01-01T10:00:00.000Z' } as Record<
    string,
    unknown
  >;
  return scalar[type.name] ?? 'text';
}

/** `name` called with the given arguments as variables, selecting `__typename` when it returns an object. */
function call(name: string, argNames: string[]): string {
  const field = schema.getMutationType()!.getFields()[name];
  const args = field.args.filter((a) => argNames.includes(a.name));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const list = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${defs ? `(${defs})` : ''} { ${name}${list ? `(${list})` : ''}${selection} }`;
}

const codeOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.code;
const fieldErrorsOf = (res: GqlResponse) => res.body.errors?.[0].extensions?.fields as { field: string }[] | undefined;

async function ok<T>(res: Promise<GqlResponse<T>>): Promise<T> {
  const awaited = await res;
  expect(awaited.body.errors).toBeUndefined();
  return awaited.body.data!;
}

describe('mutation inputs', () => {
  let t: TestApp;
  let admin: Signed;
  let author: Signed;
  let reader: Signed;
  let space: { id: string };
  let otherSpace: { id: string };

  beforeAll(async () => {
    // No job worker: what a mutation queued stays in `job` to be counted.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signedIn(t, [Role.Member, Role.Admin]);
    author = await signedIn(t);
    reader = await signedIn(t);
    space = await buildCategory(t.dataSource);
    otherSpace = await buildCategory(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports every old positional argument deprecated, and input as nullable beside it', async () => {
    const res = await ok(
      admin.session.gql<{
        __type: {
          fields: {
            name: string;
            args: { name: string; isDeprecated: boolean; deprecationReason: string | null; type: { kind: string } }[];
          }[];
        };
      }>(`{ __type(name: "Mutation") { fields { name
            args(includeDeprecated: true) { name isDeprecated deprecationReason type { kind } } } } }`),
    );
    const fields = new Map(res.__type.fields.map((f) => [f.name, f.args]));
    for (const name of MOVED) {
      const args = fields.get(name)!;
      expect({ name, input: args.find((a) => a.name === 'input') }).toMatchObject({
        name,
        input: { isDeprecated: false, type: { kind: 'INPUT_OBJECT' } },
      });
      const old = args.filter((a) => a.name !== 'input');
      expect(old.length).toBeGreaterThan(0);
      for (const arg of old) {
        expect({ name, arg: arg.name, isDeprecated: arg.isDeprecated, reason: arg.deprecationReason }).toEqual({
          name,
          arg: arg.name,
          isDeprecated: true,
          reason: `Use input.${RENAMED_SINCE[`${name}(${arg.name})`] ?? arg.name} instead.`,
        });
        expect(arg.type.kind).not.toBe('NON_NULL');
      }
    }
  });

  it('refuses both shapes at once, and neither, on every such mutation, before anything runs', async () => {
    const mutations = schema.getMutationType()!.getFields();
    for (const name of MOVED) {
      const field = mutations[name];
      const input = field.args.find((a) => a.name === 'input')!;
      const first = field.args.find((a) => a.name !== 'input')!;
      const both = await admin.session.gql(call(name, ['input', first.name]), {
        input: sample(input.type),
        [first.name]: sample(first.type),
      });
      expect({ name, code: codeOf(both), fields: fieldErrorsOf(both) }).toEqual({
        name,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input', message: expect.stringContaining('not both') as unknown }],
      });
      const neither = await admin.session.gql(call(name, []));
      expect({ name, code: codeOf(neither), fields: fieldErrorsOf(neither) }).toEqual({
        name,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input', message: 'Give input' }],
      });
    }
    // Nothing ran: no audit entry, no token, nothing queued.
    const [{ n }] = await t.dataSource.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM auth_token) + (SELECT count(*) FROM job) AS n`,
    );
    expect(Number(n)).toBe(0);
  });

  it('names the missing one when only some of the old arguments are given', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const res = await admin.session.gql(`mutation($id: ID) { hidePost(id: $id) { id } }`, {
      id: thread.openingPostId,
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(res)).toEqual([
      { field: 'reason', message: 'Give input, or every one of the deprecated arguments (id, reason): reason missing' },
    ]);
  });

  it('validates input as it validates the old arguments: the same codes, fields and messages', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const OLD = `mutation($id: ID, $reason: String) { hidePost(id: $id, reason: $reason) { id } }`;
    const NEW = `mutation($input: HidePostInput) { hidePost(input: $input) { id } }`;
    for (const values of [
      { id: thread.openingPostId, reason: '   ' },
      { id: 'not-a-uuid', reason: 'Off topic' },
      { id: MISSING_ID, reason: 'x'.repeat(5000) },
      { id: thread.openingPostId, reason: 'nul\u0000' },
    ]) {
      const old = await admin.session.gql(OLD, values);
      const now = await admin.session.gql(NEW, { input: values });
      expect(old.body.errors?.length).toBe(1);
      expect({ code: codeOf(now), message: now.body.errors?.[0].message, fields: fieldErrorsOf(now) }).toEqual({
        code: codeOf(old),
        message: old.body.errors?.[0].message,
        fields: fieldErrorsOf(old),
      });
    }
    const [{ hidden }] = await t.dataSource.query<{ hidden: boolean }[]>(
      `SELECT hidden_at IS NOT NULL AS hidden FROM post WHERE id = $1`,
      [thread.openingPostId],
    );
    expect(hidden).toBe(false);
  });

  it('moderates threads with input: pin, unpin, lock, unlock, move', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const act = (name: string, input: Record<string, unknown>, input_type = 'ThreadIdInput') =>
      ok(
        admin.session.gql<Record<string, { pinned: boolean; locked: boolean; category: { id: string } }>>(
          `mutation($input: ${input_type}) { ${name}(input: $input) { pinned locked category { id } } }`,
          { input },
        ),
      );
    expect((await act('pinThread', { id: thread.id })).pinThread.pinned).toBe(true);
    expect((await act('unpinThread', { id: thread.id })).unpinThread.pinned).toBe(false);
    expect((await act('lockThread', { id: thread.id })).lockThread.locked).toBe(true);
    expect((await act('unlockThread', { id: thread.id })).unlockThread.locked).toBe(false);
    const moved = await act('moveThread', { id: thread.id, categoryId: otherSpace.id }, 'MoveThreadInput');
    expect(moved.moveThread.category.id).toBe(otherSpace.id);
  });

  it('watches, unwatches and marks a thread read with input', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { replies: 2 });
    const watch = (name: string) =>
      ok(
        reader.session.gql<Record<string, { watching: boolean }>>(
          `mutation($input: ThreadIdInput) { ${name}(input: $input) { watching } }`,
          { input: { id: thread.id } },
        ),
      );
    expect((await watch('watchThread')).watchThread.watching).toBe(true);
    expect((await watch('unwatchThread')).unwatchThread.watching).toBe(false);
    const read = await ok(
      reader.session.gql<{ markThreadRead: { lastReadNumber: number; unreadCount: number } }>(
        `mutation($input: MarkThreadReadInput) { markThreadRead(input: $input) { lastReadNumber unreadCount } }`,
        { input: { threadId: thread.id, upToNumber: 2 } },
      ),
    );
    expect(read.markThreadRead).toEqual({ lastReadNumber: 2, unreadCount: 1 });
  });

  it('deletes, hides and restores posts with input', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { replies: 2 });
    const [{ id: replyId }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 AND number = 2`,
      [thread.id],
    );
    const deleted = await ok(
      author.session.gql<{ deletePost: { deleted: boolean } }>(
        `mutation($input: PostIdInput) { deletePost(input: $input) { deleted } }`,
        { input: { id: replyId } },
      ),
    );
    expect(deleted.deletePost.deleted).toBe(true);
    const hidden = await ok(
      admin.session.gql<{ hidePost: { hidden: boolean; hiddenReason: string } }>(
        `mutation($input: HidePostInput) { hidePost(input: $input) { hidden hiddenReason } }`,
        { input: { id: thread.openingPostId, reason: '  Off topic  ' } },
      ),
    );
    expect(hidden.hidePost).toEqual({ hidden: true, hiddenReason: 'Off topic' });
    const restored = await ok(
      admin.session.gql<{ restorePost: { hidden: boolean } }>(
        `mutation($input: PostIdInput) { restorePost(input: $input) { hidden } }`,
        { input: { id: thread.openingPostId } },
      ),
    );
    expect(restored.restorePost.hidden).toBe(false);
  });

  it('reacts, unreacts, reports and resolves a report with input', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const react = (name: string) =>
      ok(
        reader.session.gql<Record<string, { reactions: { kind: string; count: number; reactedByViewer: boolean }[] }>>(
          `mutation($input: ReactionInput) { ${name}(input: $input) { reactions { kind count reactedByViewer } } }`,
          { input: { postId: thread.openingPostId, kind: 'HELPFUL' } },
        ),
      );
    expect((await react('react')).react.reactions[0]).toEqual({ kind: 'HELPFUL', count: 1, reactedByViewer: true });
    expect((await react('unreact')).unreact.reactions[0]).toEqual({
      kind: 'HELPFUL',
      count: 0,
      reactedByViewer: false,
    });
    const report = await ok(
      reader.session.gql<{ reportPost: { id: string; status: string; reason: string } }>(
        `mutation($input: ReportPostInput) { reportPost(input: $input) { id status reason } }`,
        { input: { postId: thread.openingPostId, reason: 'Shares a phone number' } },
      ),
    );
    expect(report.reportPost).toMatchObject({ status: 'OPEN', reason: 'Shares a phone number' });
    const resolved = await ok(
      admin.session.gql<{ resolveReport: { status: string; resolutionNote: string } }>(
        `mutation($input: ResolveReportInput) { resolveReport(input: $input) { status resolutionNote } }`,
        { input: { id: report.reportPost.id, action: 'DISMISS', note: 'No number in it' } },
      ),
    );
    expect(resolved.resolveReport).toEqual({ status: 'DISMISSED', resolutionNote: 'No number in it' });
  });

  it('answers an event and cancels it with input', async () => {
    const event = await createEvent(admin.session);
    const rsvp = await ok(
      reader.session.gql<{ rsvp: { myRsvp: { status: string } } }>(
        `mutation($input: RsvpInput) { rsvp(input: $input) { myRsvp { status } } }`,
        { input: { eventId: event.id, answer: 'GOING' } },
      ),
    );
    expect(rsvp.rsvp.myRsvp.status).toBe('GOING');
    const cancelled = await ok(
      admin.session.gql<{ cancelEvent: { status: string; cancellationReason: string } }>(
        `mutation($input: CancelEventInput) { cancelEvent(input: $input) { status cancellationReason } }`,
        { input: { id: event.id, reason: 'The venue flooded.' } },
      ),
    );
    expect(cancelled.cancelEvent).toEqual({ status: 'CANCELLED', cancellationReason: 'The venue flooded.' });
  });

  it('sets roles, suspends and reinstates a member with input', async () => {
    const someone = await buildMember(t.dataSource);
    const roles = await ok(
      admin.session.gql<{ setMemberRoles: { roles: string[] } }>(
        `mutation($input: SetMemberRolesInput) { setMemberRoles(input: $input) { roles } }`,
        { input: { memberId: someone.id, roles: ['MODERATOR'] } },
      ),
    );
    expect([...roles.setMemberRoles.roles].sort()).toEqual(['MEMBER', 'MODERATOR']);
    const status = (name: string) =>
      ok(
        admin.session.gql<Record<string, { status: string }>>(
          `mutation($input: MemberStatusInput) { ${name}(input: $input) { status } }`,
          { input: { memberId: someone.id, reason: 'Checking the input shape' } },
        ),
      );
    expect((await status('suspendMember')).suspendMember.status).toBe('SUSPENDED');
    expect((await status('reinstateMember')).reinstateMember.status).toBe('ACTIVE');
  });

  it('marks a notification read and saves preferences with input', async () => {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO notification (member_id, kind, title) VALUES ($1, 'REPLY', 'A reply') RETURNING id`,
      [reader.member.id],
    );
    expect(
      await ok(
        reader.session.gql(`mutation($input: NotificationIdInput) { markNotificationRead(input: $input) }`, {
          input: { id },
        }),
      ),
    ).toEqual({ markNotificationRead: true });
    const [{ read }] = await t.dataSource.query<{ read: boolean }[]>(
      `SELECT read_at IS NOT NULL AS read FROM notification WHERE id = $1`,
      [id],
    );
    expect(read).toBe(true);
    const saved = await ok(
      reader.session.gql<{ updateNotificationPreferences: { kind: string; inApp: boolean; email: boolean }[] }>(
        `mutation($input: UpdateNotificationPreferencesInput) {
           updateNotificationPreferences(input: $input) { kind inApp email } }`,
        { input: { preferences: [{ kind: 'MENTION', inApp: false, email: false }] } },
      ),
    );
    expect(saved.updateNotificationPreferences.find((p) => p.kind === 'MENTION')).toEqual({
      kind: 'MENTION',
      inApp: false,
      email: false,
    });
    // The service's own rules answer the same field paths through input.
    const twice = await reader.session.gql(
      `mutation($input: UpdateNotificationPreferencesInput) { updateNotificationPreferences(input: $input) { kind } }`,
      {
        input: {
          preferences: [
            { kind: 'REPLY', inApp: true, email: false },
            { kind: 'REPLY', inApp: true, email: false },
          ],
        },
      },
    );
    expect(fieldErrorsOf(twice)?.map((f) => f.field)).toEqual(['preferences.1.kind']);
  });

  it('asks for a reset link, confirms an email change and deletes an account with input', async () => {
    const someone = await buildMember(t.dataSource);
    expect(
      await ok(
        // A visitor, as on the reset page (the admin's own account was counted by the refusals above).
        new Session(t.url).gql(`mutation($input: RequestPasswordResetInput) { requestPasswordReset(input: $input) }`, {
          input: { email: someone.email },
        }),
      ),
    ).toEqual({ requestPasswordReset: true });
    const [{ n }] = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM job WHERE kind = 'auth.password-reset' AND payload->>'email' = $1`,
      [someone.email],
    );
    expect(Number(n)).toBe(1);

    const { token, hash } = generateToken();
    expect(hashToken(token)).toBe(hash);
    const newEmail = `moved-${someone.id.slice(0, 8)}@example.org`;
    await t.dataSource.query(
      `INSERT INTO auth_token (purpose, token_hash, member_id, email, expires_at)
       VALUES ('CHANGE_EMAIL', $1, $2, $3, now() + interval '1 hour')`,
      [hash, someone.id, newEmail],
    );
    expect(
      await ok(
        admin.session.gql(`mutation($input: ConfirmEmailChangeInput) { confirmEmailChange(input: $input) }`, {
          input: { token },
        }),
      ),
    ).toEqual({ confirmEmailChange: true });
    const [{ email }] = await t.dataSource.query<{ email: string }[]>(`SELECT email FROM member WHERE id = $1`, [
      someone.id,
    ]);
    expect(email).toBe(newEmail);

    const session = await sessionFor(t, someone);
    expect(
      await ok(
        session.gql(`mutation($input: DeleteAccountInput) { deleteAccount(input: $input) }`, {
          input: { password: someone.password },
        }),
      ),
    ).toEqual({ deleteAccount: true });
    const [{ erased }] = await t.dataSource.query<{ erased: boolean }[]>(
      `SELECT erased_at IS NOT NULL AS erased FROM member WHERE id = $1`,
      [someone.id],
    );
    expect(erased).toBe(true);
  });
});
