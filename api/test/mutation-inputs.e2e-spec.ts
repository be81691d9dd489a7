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
import { graphql } from './graphql';

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

/**
 * `name` called with the given arguments as variables, selecting `__typename` when it returns an object. Raw text
 * on purpose: built from the schema for every mutation in MOVED, which no fixed typed document could be.
 */
function call(name: string, argNames: string[]): string {
  const field = schema.getMutationType()!.getFields()[name];
  const args = field.args.filter((a) => argNames.includes(a.name));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const list = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${defs ? `(${defs})` : ''} { ${name}${list ? `(${list})` : ''}${selection} }`;
}

const MUTATION_ARGS = graphql(`
  query MutationInputsMutationArgs {
    __type(name: "Mutation") {
      fields {
        name
        args(includeDeprecated: true) {
          name
          isDeprecated
          deprecationReason
          type {
            kind
          }
        }
      }
    }
  }
`);
const HIDE_POST_ID_ONLY = graphql(`
  mutation MutationInputsHidePostIdOnly($id: ID) {
    hidePost(id: $id) {
      id
    }
  }
`);
const HIDE_POST_OLD = graphql(`
  mutation MutationInputsHidePostOld($id: ID, $reason: String) {
    hidePost(id: $id, reason: $reason) {
      id
    }
  }
`);
const HIDE_POST_NEW = graphql(`
  mutation MutationInputsHidePostNew($input: HidePostInput) {
    hidePost(input: $input) {
      id
    }
  }
`);
graphql(`
  fragment MutationInputsThreadState on Thread {
    pinned
    locked
    category {
      id
    }
  }
`);
const PIN_THREAD = graphql(`
  mutation MutationInputsPinThread($input: ThreadIdInput) {
    pinThread(input: $input) {
      ...MutationInputsThreadState
    }
  }
`);
const UNPIN_THREAD = graphql(`
  mutation MutationInputsUnpinThread($input: ThreadIdInput) {
    unpinThread(input: $input) {
      ...MutationInputsThreadState
    }
  }
`);
const LOCK_THREAD = graphql(`
  mutation MutationInputsLockThread($input: ThreadIdInput) {
    lockThread(input: $input) {
      ...MutationInputsThreadState
    }
  }
`);
const UNLOCK_THREAD = graphql(`
  mutation MutationInputsUnlockThread($input: ThreadIdInput) {
    unlockThread(input: $input) {
      ...MutationInputsThreadState
    }
  }
`);
const MOVE_THREAD = graphql(`
  mutation MutationInputsMoveThread($input: MoveThreadInput) {
    moveThread(input: $input) {
      ...MutationInputsThreadState
    }
  }
`);
const WATCH_THREAD = graphql(`
  mutation MutationInputsWatchThread($input: ThreadIdInput) {
    watchThread(input: $input) {
      watching
    }
  }
`);
const UNWATCH_THREAD = graphql(`
  mutation MutationInputsUnwatchThread($input: ThreadIdInput) {
    unwatchThread(input: $input) {
      watching
    }
  }
`);
const MARK_THREAD_READ = graphql(`
  mutation MutationInputsMarkThreadRead($input: MarkThreadReadInput) {
    markThreadRead(input: $input) {
      lastReadNumber
      unreadCount
    }
  }
`);
const DELETE_POST = graphql(`
  mutation MutationInputsDeletePost($input: PostIdInput) {
    deletePost(input: $input) {
      deleted
    }
  }
`);
const HIDE_POST = graphql(`
  mutation MutationInputsHidePost($input: HidePostInput) {
    hidePost(input: $input) {
      hidden
      hiddenReason
    }
  }
`);
const RESTORE_POST = graphql(`
  mutation MutationInputsRestorePost($input: PostIdInput) {
    restorePost(input: $input) {
      hidden
    }
  }
`);
graphql(`
  fragment MutationInputsReactions on Post {
    reactions {
      kind
      count
      reactedByViewer
    }
  }
`);
const REACT = graphql(`
  mutation MutationInputsReact($input: ReactionInput) {
    react(input: $input) {
      ...MutationInputsReactions
    }
  }
`);
const UNREACT = graphql(`
  mutation MutationInputsUnreact($input: ReactionInput) {
    unreact(input: $input) {
      ...MutationInputsReactions
    }
  }
`);
const REPORT_POST = graphql(`
  mutation MutationInputsReportPost($input: ReportPostInput) {
    reportPost(input: $input) {
      id
      status
      reason
    }
  }
`);
const RESOLVE_REPORT = graphql(`
  mutation MutationInputsResolveReport($input: ResolveReportInput) {
    resolveReport(input: $input) {
      status
      resolutionNote
    }
  }
`);
const RSVP = graphql(`
  mutation MutationInputsRsvp($input: RsvpInput) {
    rsvp(input: $input) {
      myRsvp {
        status
      }
    }
  }
`);
const CANCEL_EVENT = graphql(`
  mutation MutationInputsCancelEvent($input: CancelEventInput) {
    cancelEvent(input: $input) {
      status
      cancellationReason
    }
  }
`);
const SET_MEMBER_ROLES = graphql(`
  mutation MutationInputsSetMemberRoles($input: SetMemberRolesInput) {
    setMemberRoles(input: $input) {
      roles
    }
  }
`);
const SUSPEND_MEMBER = graphql(`
  mutation MutationInputsSuspendMember($input: MemberStatusInput) {
    suspendMember(input: $input) {
      status
    }
  }
`);
const REINSTATE_MEMBER = graphql(`
  mutation MutationInputsReinstateMember($input: MemberStatusInput) {
    reinstateMember(input: $input) {
      status
    }
  }
`);
const MARK_NOTIFICATION_READ = graphql(`
  mutation MutationInputsMarkNotificationRead($input: NotificationIdInput) {
    markNotificationRead(input: $input)
  }
`);
const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation MutationInputsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput) {
    updateNotificationPreferences(input: $input) {
      kind
      inApp
      email
    }
  }
`);
const UPDATE_NOTIFICATION_PREFERENCE_KINDS = graphql(`
  mutation MutationInputsUpdateNotificationPreferenceKinds($input: UpdateNotificationPreferencesInput) {
    updateNotificationPreferences(input: $input) {
      kind
    }
  }
`);
const REQUEST_PASSWORD_RESET = graphql(`
  mutation MutationInputsRequestPasswordReset($input: RequestPasswordResetInput) {
    requestPasswordReset(input: $input)
  }
`);
const CONFIRM_EMAIL_CHANGE = graphql(`
  mutation MutationInputsConfirmEmailChange($input: ConfirmEmailChangeInput) {
    confirmEmailChange(input: $input)
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation MutationInputsDeleteAccount($input: DeleteAccountInput) {
    deleteAccount(input: $input)
  }
`);

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
    const res = await ok(admin.session.gql(MUTATION_ARGS));
    const fields = new Map(res.__type!.fields!.map((f) => [f.name, f.args]));
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
      const both = await admin.session.rawGql(call(name, ['input', first.name]), {
        input: sample(input.type),
        [first.name]: sample(first.type),
      });
      expect({ name, code: codeOf(both), fields: fieldErrorsOf(both) }).toEqual({
        name,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input', message: expect.stringContaining('not both') as unknown }],
      });
      const neither = await admin.session.rawGql(call(name, []));
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
    const res = await admin.session.gql(HIDE_POST_ID_ONLY, {
      id: thread.openingPostId,
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(res)).toEqual([
      { field: 'reason', message: 'Give input, or every one of the deprecated arguments (id, reason): reason missing' },
    ]);
  });

  it('validates input as it validates the old arguments: the same codes, fields and messages', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    for (const values of [
      { id: thread.openingPostId, reason: '   ' },
      { id: 'not-a-uuid', reason: 'Off topic' },
      { id: MISSING_ID, reason: 'x'.repeat(5000) },
      { id: thread.openingPostId, reason: 'nul\u0000' },
    ]) {
      const old = await admin.session.gql(HIDE_POST_OLD, values);
      const now = await admin.session.gql(HIDE_POST_NEW, { input: values });
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
    const input = { id: thread.id };
    expect((await ok(admin.session.gql(PIN_THREAD, { input }))).pinThread.pinned).toBe(true);
    expect((await ok(admin.session.gql(UNPIN_THREAD, { input }))).unpinThread.pinned).toBe(false);
    expect((await ok(admin.session.gql(LOCK_THREAD, { input }))).lockThread.locked).toBe(true);
    expect((await ok(admin.session.gql(UNLOCK_THREAD, { input }))).unlockThread.locked).toBe(false);
    const moved = await ok(admin.session.gql(MOVE_THREAD, { input: { id: thread.id, categoryId: otherSpace.id } }));
    expect(moved.moveThread.category.id).toBe(otherSpace.id);
  });

  it('watches, unwatches and marks a thread read with input', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { replies: 2 });
    const input = { id: thread.id };
    expect((await ok(reader.session.gql(WATCH_THREAD, { input }))).watchThread.watching).toBe(true);
    expect((await ok(reader.session.gql(UNWATCH_THREAD, { input }))).unwatchThread.watching).toBe(false);
    const read = await ok(reader.session.gql(MARK_THREAD_READ, { input: { threadId: thread.id, upToNumber: 2 } }));
    expect(read.markThreadRead).toEqual({ lastReadNumber: 2, unreadCount: 1 });
  });

  it('deletes, hides and restores posts with input', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id, { replies: 2 });
    const [{ id: replyId }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM post WHERE thread_id = $1 AND number = 2`,
      [thread.id],
    );
    const deleted = await ok(author.session.gql(DELETE_POST, { input: { id: replyId } }));
    expect(deleted.deletePost.deleted).toBe(true);
    const hidden = await ok(
      admin.session.gql(HIDE_POST, { input: { id: thread.openingPostId, reason: '  Off topic  ' } }),
    );
    expect(hidden.hidePost).toEqual({ hidden: true, hiddenReason: 'Off topic' });
    const restored = await ok(admin.session.gql(RESTORE_POST, { input: { id: thread.openingPostId } }));
    expect(restored.restorePost.hidden).toBe(false);
  });

  it('reacts, unreacts, reports and resolves a report with input', async () => {
    const thread = await buildThread(t.dataSource, space.id, author.member.id);
    const input = { postId: thread.openingPostId, kind: 'HELPFUL' } as const;
    expect((await ok(reader.session.gql(REACT, { input }))).react.reactions[0]).toEqual({
      kind: 'HELPFUL',
      count: 1,
      reactedByViewer: true,
    });
    expect((await ok(reader.session.gql(UNREACT, { input }))).unreact.reactions[0]).toEqual({
      kind: 'HELPFUL',
      count: 0,
      reactedByViewer: false,
    });
    const report = await ok(
      reader.session.gql(REPORT_POST, { input: { postId: thread.openingPostId, reason: 'Shares a phone number' } }),
    );
    expect(report.reportPost).toMatchObject({ status: 'OPEN', reason: 'Shares a phone number' });
    const resolved = await ok(
      admin.session.gql(RESOLVE_REPORT, {
        input: { id: report.reportPost.id, action: 'DISMISS', note: 'No number in it' },
      }),
    );
    expect(resolved.resolveReport).toEqual({ status: 'DISMISSED', resolutionNote: 'No number in it' });
  });

  it('answers an event and cancels it with input', async () => {
    const event = await createEvent(admin.session);
    const rsvp = await ok(reader.session.gql(RSVP, { input: { eventId: event.id, answer: 'GOING' } }));
    expect(rsvp.rsvp.myRsvp?.status).toBe('GOING');
    const cancelled = await ok(
      admin.session.gql(CANCEL_EVENT, { input: { id: event.id, reason: 'The venue flooded.' } }),
    );
    expect(cancelled.cancelEvent).toEqual({ status: 'CANCELLED', cancellationReason: 'The venue flooded.' });
  });

  it('sets roles, suspends and reinstates a member with input', async () => {
    const someone = await buildMember(t.dataSource);
    const roles = await ok(
      admin.session.gql(SET_MEMBER_ROLES, { input: { memberId: someone.id, roles: ['MODERATOR'] } }),
    );
    expect([...roles.setMemberRoles.roles].sort()).toEqual(['MEMBER', 'MODERATOR']);
    const input = { memberId: someone.id, reason: 'Checking the input shape' };
    expect((await ok(admin.session.gql(SUSPEND_MEMBER, { input }))).suspendMember.status).toBe('SUSPENDED');
    expect((await ok(admin.session.gql(REINSTATE_MEMBER, { input }))).reinstateMember.status).toBe('ACTIVE');
  });

  it('marks a notification read and saves preferences with input', async () => {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO notification (member_id, kind, title) VALUES ($1, 'REPLY', 'A reply') RETURNING id`,
      [reader.member.id],
    );
    expect(await ok(reader.session.gql(MARK_NOTIFICATION_READ, { input: { id } }))).toEqual({
      markNotificationRead: true,
    });
    const [{ read }] = await t.dataSource.query<{ read: boolean }[]>(
      `SELECT read_at IS NOT NULL AS read FROM notification WHERE id = $1`,
      [id],
    );
    expect(read).toBe(true);
    const saved = await ok(
      reader.session.gql(UPDATE_NOTIFICATION_PREFERENCES, {
        input: { preferences: [{ kind: 'MENTION', inApp: false, email: false }] },
      }),
    );
    expect(saved.updateNotificationPreferences.find((p) => p.kind === 'MENTION')).toEqual({
      kind: 'MENTION',
      inApp: false,
      email: false,
    });
    // The service's own rules answer the same field paths through input.
    const twice = await reader.session.gql(UPDATE_NOTIFICATION_PREFERENCE_KINDS, {
      input: {
        preferences: [
          { kind: 'REPLY', inApp: true, email: false },
          { kind: 'REPLY', inApp: true, email: false },
        ],
      },
    });
    expect(fieldErrorsOf(twice)?.map((f) => f.field)).toEqual(['preferences.1.kind']);
  });

  it('asks for a reset link, confirms an email change and deletes an account with input', async () => {
    const someone = await buildMember(t.dataSource);
    expect(
      await ok(
        // A visitor, as on the reset page (the admin's own account was counted by the refusals above).
        new Session(t.url).gql(REQUEST_PASSWORD_RESET, { input: { email: someone.email } }),
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
    expect(await ok(admin.session.gql(CONFIRM_EMAIL_CHANGE, { input: { token } }))).toEqual({
      confirmEmailChange: true,
    });
    const [{ email }] = await t.dataSource.query<{ email: string }[]>(`SELECT email FROM member WHERE id = $1`, [
      someone.id,
    ]);
    expect(email).toBe(newEmail);

    const session = await sessionFor(t, someone);
    expect(await ok(session.gql(DELETE_ACCOUNT, { input: { password: someone.password } }))).toEqual({
      deleteAccount: true,
    });
    const [{ erased }] = await t.dataSource.query<{ erased: boolean }[]>(
      `SELECT erased_at IS NOT NULL AS erased FROM member WHERE id = $1`,
      [someone.id],
    );
    expect(erased).toBe(true);
  });
});
