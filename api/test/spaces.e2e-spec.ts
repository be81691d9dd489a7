// Discussion spaces under their one name: the space-named queries and mutations (input objects, payloads that
// answer what changed), that they and the deprecated category-named ones are the same calls on the same rows,
// and that the schema reports every category-named operation deprecated with its replacement. The rules
// themselves (policy, input checks, every denial of the old names) are in categories.e2e-spec.ts. Last, the
// inputs, arguments, fields and permission that said "category", beside their space-named twins.
import { ErrorCode, Role } from '@heritage/shared';
import { buildSchema, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchemaSdl } from '../src/graphql-schema';
import { seedDemoCategories } from '../src/seed/demo-categories';
import { startTestApp, type TestApp } from './app';
import { codeOf, person, type Person, startThread } from './discussion-fixtures';
import { buildCategory, type BuiltCategory, buildMember, buildThread } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type {
  CreateSpaceInput,
  CreateThreadInput,
  MoveThreadInput,
  SearchInput,
  SpacesFieldsFragment,
  SpacesIntrospectionQuery,
  ThreadFilter,
} from './graphql/graphql';
import { isReady, type LiveEventMessage, type LiveStream, openLiveStream } from './live';

graphql(`
  fragment SpacesFields on Space {
    id
    slug
    name
    description
    position
    archived
    revision
    canStartThreads
    canReply
    readRoles
    watching
  }
`);
const LIST = graphql(`
  query SpacesList($includeArchived: Boolean) {
    spaces(includeArchived: $includeArchived) {
      ...SpacesFields
    }
  }
`);
const ONE = graphql(`
  query SpacesOne($slug: String!) {
    space(slug: $slug) {
      ...SpacesFields
    }
  }
`);
const OLD_ONE = graphql(`
  query SpacesOldOne($slug: String!) {
    category(slug: $slug) {
      ...SpacesFields
    }
  }
`);
const OLD_LIST = graphql(`
  query SpacesOldList {
    categories {
      ...SpacesFields
    }
  }
`);
const CREATE = graphql(`
  mutation SpacesCreate($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      space {
        ...SpacesFields
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation SpacesUpdate($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      space {
        ...SpacesFields
      }
    }
  }
`);
const MOVE = graphql(`
  mutation SpacesMove($input: MoveSpaceInput!) {
    moveSpace(input: $input) {
      space {
        ...SpacesFields
      }
      swappedWith {
        ...SpacesFields
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation SpacesArchive($input: SpaceIdInput!) {
    archiveSpace(input: $input) {
      space {
        ...SpacesFields
      }
    }
  }
`);
const RESTORE = graphql(`
  mutation SpacesRestore($input: SpaceIdInput!) {
    restoreSpace(input: $input) {
      space {
        ...SpacesFields
      }
    }
  }
`);
const WATCH = graphql(`
  mutation SpacesWatch($input: SpaceIdInput!) {
    watchSpace(input: $input) {
      space {
        ...SpacesFields
      }
    }
  }
`);
const UNWATCH = graphql(`
  mutation SpacesUnwatch($input: SpaceIdInput!) {
    unwatchSpace(input: $input) {
      space {
        ...SpacesFields
      }
    }
  }
`);
const OLD_WATCH = graphql(`
  mutation SpacesOldWatch($id: ID!) {
    watchCategory(id: $id) {
      watching
    }
  }
`);
const THREAD_SPACE = graphql(`
  query SpacesThreadSpace($id: ID!) {
    thread(id: $id) {
      space {
        ...SpacesFields
      }
      category {
        ...SpacesFields
      }
    }
  }
`);

const EVERYONE = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const ADVISORY = [Role.AdvisoryGroup, Role.Admin];
const MISSING = '00000000-0000-4000-8000-000000000000';

type Space = SpacesFieldsFragment;

const fieldsOf = (res: GqlResponse<unknown>) => res.body.errors?.[0].extensions?.fields;

describe('the schema names spaces once', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = buildSchema(await buildSchemaSdl());
  });

  const field = (type: GraphQLObjectType | null | undefined, name: string): GraphQLField<unknown, unknown> => {
    const found = type?.getFields()[name];
    if (!found) throw new Error(`${type?.name}.${name} is missing`);
    return found;
  };

  it.each([
    ['Query', 'categories', 'Use spaces.'],
    ['Query', 'category', 'Use space.'],
    ['Mutation', 'createCategory', 'Use createSpace.'],
    ['Mutation', 'updateCategory', 'Use updateSpace.'],
    ['Mutation', 'moveCategory', 'Use moveSpace.'],
    ['Mutation', 'archiveCategory', 'Use archiveSpace.'],
    ['Mutation', 'restoreCategory', 'Use restoreSpace.'],
    ['Mutation', 'watchCategory', 'Use watchSpace.'],
    ['Mutation', 'unwatchCategory', 'Use unwatchSpace.'],
    ['Thread', 'category', 'Use space.'],
  ])('reports %s.%s deprecated: "%s"', (typeName, name, reason) => {
    const old = field(schema.getType(typeName) as GraphQLObjectType, name);
    expect(old.deprecationReason).toBe(reason);
    const replacement = field(schema.getType(typeName) as GraphQLObjectType, reason.slice(4, -1));
    expect(replacement.deprecationReason ?? null).toBeNull();
    // Both answer the same type: Space, directly or in the payload.
    expect(String(old.type).replace(/[[\]!]/g, '')).toBe('Space');
  });

  it('keeps the deprecated operations’ arguments as they were', () => {
    const args = (type: string, name: string) =>
      field(schema.getType(type) as GraphQLObjectType, name).args.map((a) => `${a.name}: ${String(a.type)}`);
    expect(args('Mutation', 'createCategory')).toEqual(['input: CreateCategoryInput!']);
    expect(args('Mutation', 'updateCategory')).toEqual(['input: UpdateCategoryInput!']);
    expect(args('Mutation', 'moveCategory').sort()).toEqual(['direction: MoveDirection!', 'id: ID!']);
    for (const name of ['archiveCategory', 'restoreCategory', 'watchCategory', 'unwatchCategory']) {
      expect(args('Mutation', name)).toEqual(['id: ID!']);
    }
    expect(args('Query', 'categories')).toEqual(['includeArchived: Boolean!']);
    expect(args('Query', 'category')).toEqual(['slug: String!']);
  });

  it('has no type named Category, and no space-named operation deprecated', () => {
    expect(schema.getType('Category')).toBeUndefined();
    const live = [
      ...Object.values(schema.getQueryType()!.getFields()),
      ...Object.values(schema.getMutationType()!.getFields()),
    ].filter((f) => /space/i.test(f.name));
    expect(live.map((f) => f.name).sort()).toEqual(
      [
        'archiveSpace',
        'createSpace',
        'moveSpace',
        'restoreSpace',
        'space',
        'spaces',
        'unwatchSpace',
        'updateSpace',
        'watchSpace',
      ].sort(),
    );
    expect(live.filter((f) => f.deprecationReason)).toEqual([]);
  });
});

describe('spaces', () => {
  let t: TestApp;
  let admin: Session;
  let member: Session;
  let memberId: string;
  let visitor: Session;

  async function signedIn(roles: Role[]): Promise<{ session: Session; id: string }> {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, id: built.id };
  }

  const input = (overrides: Partial<CreateSpaceInput> = {}): CreateSpaceInput => ({
    name: 'Walking groups',
    description: 'Heritage walks for health.',
    readRoles: EVERYONE,
    startRoles: EVERYONE,
    replyRoles: EVERYONE,
    ...overrides,
  });

  async function create(overrides: Partial<CreateSpaceInput> = {}): Promise<Space> {
    const res = await admin.gql(CREATE, { input: input(overrides) });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createSpace.space;
  }

  async function actions(id: string): Promise<string[]> {
    const rows = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at, id`,
      [id],
    );
    return rows.map((r) => r.action);
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction((m) => seedDemoCategories(m));
    admin = (await signedIn([Role.Member, Role.Admin])).session;
    const m = await signedIn([Role.Member]);
    member = m.session;
    memberId = m.id;
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  it('spaces and space answer what categories and category answer', async () => {
    const now = await member.gql(LIST);
    const old = await member.gql(OLD_LIST);
    expect(now.body.errors).toBeUndefined();
    expect(now.body.data!.spaces.length).toBeGreaterThan(0);
    expect(now.body.data!.spaces).toEqual(old.body.data!.categories);

    const one = await member.gql(ONE, { slug: 'introductions' });
    const oldOne = await member.gql(OLD_ONE, { slug: 'introductions' });
    expect(one.body.data!.space).toEqual(oldOne.body.data!.category);
    expect(one.body.data!.space).toMatchObject({ slug: 'introductions', readRoles: null });
  });

  it('space hides what the viewer may not read exactly as a missing one; visitors are refused', async () => {
    const hidden = await create({
      name: 'Advisory notes',
      readRoles: ADVISORY,
      startRoles: ADVISORY,
      replyRoles: ADVISORY,
    });
    expect((await member.gql(LIST)).body.data!.spaces.map((s) => s.slug)).not.toContain(hidden.slug);
    const unreadable = await member.gql(ONE, { slug: hidden.slug });
    const unknown = await member.gql(ONE, { slug: 'no-such-space' });
    expect(codeOf(unreadable)).toBe(ErrorCode.NotFound);
    expect(unreadable.body.errors?.[0].message).toBe(unknown.body.errors?.[0].message);
    expect(codeOf(await visitor.gql(LIST))).toBe(ErrorCode.Unauthenticated);
    expect(codeOf(await visitor.gql(ONE, { slug: 'introductions' }))).toBe(ErrorCode.Unauthenticated);
  });

  it('createSpace and updateSpace answer the space in a payload, audited as before', async () => {
    const created = await create({ name: 'Café walks', slug: ' ' });
    expect(created).toMatchObject({ slug: 'cafe-walks', name: 'Café walks', archived: false, readRoles: EVERYONE });
    // The deprecated query reads the same row.
    const old = await admin.gql(OLD_ONE, { slug: 'cafe-walks' });
    expect(old.body.data!.category).toEqual(created);

    const updated = await admin.gql(UPDATE, {
      input: {
        ...input({ name: 'Coffee walks', slug: 'coffee-walks' }),
        id: created.id,
        baseRevision: created.revision,
      },
    });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateSpace.space).toMatchObject({
      id: created.id,
      slug: 'coffee-walks',
      name: 'Coffee walks',
      revision: created.revision + 1,
    });
    // From an old revision: CONFLICT, nothing changed.
    const stale = await admin.gql(UPDATE, {
      input: { ...input({ name: 'Lost edit' }), id: created.id, baseRevision: created.revision },
    });
    expect(codeOf(stale)).toBe(ErrorCode.Conflict);
    expect((await admin.gql(ONE, { slug: 'coffee-walks' })).body.data!.space!.name).toBe('Coffee walks');
    expect(await actions(created.id)).toEqual(['CATEGORY_CREATED', 'CATEGORY_UPDATED']);
  });

  it('createSpace checks its input as createCategory does', async () => {
    const res = await admin.gql(CREATE, { input: input({ name: '   ' }) });
    expect(codeOf(res)).toBe(ErrorCode.BadUserInput);
    expect(fieldsOf(res)).toEqual([{ field: 'name', message: 'Enter a name for the space' }]);
  });

  it('moveSpace answers the moved space and the neighbour it swapped with', async () => {
    const first = await create({ name: 'Move first' });
    const second = await create({ name: 'Move second' });
    const res = await admin.gql(MOVE, {
      input: { id: second.id, direction: 'UP' },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.moveSpace.space).toMatchObject({ id: second.id, position: first.position });
    expect(res.body.data!.moveSpace.swappedWith).toMatchObject({ id: first.id, position: second.position });

    const all = (await admin.gql(LIST, { includeArchived: true })).body.data!.spaces;
    const top = await admin.gql(MOVE, { input: { id: all[0].id, direction: 'UP' } });
    expect(fieldsOf(top)).toEqual([{ field: 'direction', message: `${all[0].name} is already first` }]);
    expect(codeOf(await admin.gql(MOVE, { input: { id: MISSING, direction: 'UP' } }))).toBe(ErrorCode.NotFound);
    expect(await actions(second.id)).toEqual(['CATEGORY_CREATED', 'CATEGORY_MOVED']);
  });

  it('archiveSpace and restoreSpace; a second archive is a CONFLICT; a malformed id is NOT_FOUND', async () => {
    const space = await create({ name: 'Archive this' });
    const archived = await admin.gql(ARCHIVE, { input: { id: space.id } });
    expect(archived.body.data!.archiveSpace.space).toMatchObject({ id: space.id, archived: true });
    expect((await member.gql(LIST)).body.data!.spaces.map((s) => s.id)).not.toContain(space.id);
    expect(codeOf(await admin.gql(ARCHIVE, { input: { id: space.id } }))).toBe(ErrorCode.Conflict);
    const restored = await admin.gql(RESTORE, { input: { id: space.id } });
    expect(restored.body.data!.restoreSpace.space).toMatchObject({ id: space.id, archived: false });
    expect(codeOf(await admin.gql(ARCHIVE, { input: { id: 'not-a-uuid' } }))).toBe(ErrorCode.NotFound);
    expect(await actions(space.id)).toEqual(['CATEGORY_CREATED', 'CATEGORY_ARCHIVED', 'CATEGORY_RESTORED']);
  });

  it('refuses every admin change to members and visitors, changing nothing', async () => {
    const target = await create({ name: 'Not yours' });
    /** Each admin change, sent by the session given (each typed by its own document). */
    const attempts: [string, (session: Session) => Promise<GqlResponse>][] = [
      ['createSpace', (s) => s.gql(CREATE, { input: input({ name: 'Denied' }) })],
      [
        'updateSpace',
        (s) =>
          s.gql(UPDATE, {
            input: { ...input({ name: 'Denied' }), id: target.id, baseRevision: target.revision },
          }),
      ],
      ['moveSpace', (s) => s.gql(MOVE, { input: { id: target.id, direction: 'UP' } })],
      ['archiveSpace', (s) => s.gql(ARCHIVE, { input: { id: target.id } })],
      ['restoreSpace', (s) => s.gql(RESTORE, { input: { id: target.id } })],
    ];
    const refusals: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [name, send] of attempts) {
      refusals[`${name} by member`] = codeOf(await send(member));
      expected[`${name} by member`] = ErrorCode.Forbidden;
      refusals[`${name} by visitor`] = codeOf(await send(visitor));
      expected[`${name} by visitor`] = ErrorCode.Unauthenticated;
    }
    expect(refusals).toEqual(expected);
    expect(await actions(target.id)).toEqual(['CATEGORY_CREATED']);
  });

  it('watchSpace and unwatchSpace set watching, as the deprecated mutations do', async () => {
    const space = await buildCategory(t.dataSource);
    const watched = await member.gql(WATCH, { input: { id: space.id } });
    expect(watched.body.errors).toBeUndefined();
    expect(watched.body.data!.watchSpace.space).toMatchObject({ id: space.id, watching: true });
    const [row] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM category_watch WHERE member_id = $1 AND category_id = $2`,
      [memberId, space.id],
    );
    expect(row.count).toBe(1);
    const stopped = await member.gql(UNWATCH, { input: { id: space.id } });
    expect(stopped.body.data!.unwatchSpace.space.watching).toBe(false);
    const old = await member.gql(OLD_WATCH, { id: space.id });
    expect(old.body.data!.watchCategory.watching).toBe(true);
    expect((await member.gql(ONE, { slug: space.slug })).body.data!.space!.watching).toBe(true);
  });

  it('watchSpace answers a space the member cannot read like a missing one; visitors are refused', async () => {
    const hidden = await buildCategory(t.dataSource, {
      readRoles: ADVISORY,
      startRoles: ADVISORY,
      replyRoles: ADVISORY,
    });
    const unreadable = await member.gql(WATCH, { input: { id: hidden.id } });
    const missing = await member.gql(WATCH, { input: { id: MISSING } });
    expect(codeOf(unreadable)).toBe(ErrorCode.NotFound);
    expect(unreadable.body.errors?.[0].message).toBe(missing.body.errors?.[0].message);
    expect(codeOf(await visitor.gql(WATCH, { input: { id: hidden.id } }))).toBe(ErrorCode.Unauthenticated);
  });

  it('Thread.space is the space Thread.category names', async () => {
    const space = await buildCategory(t.dataSource, { name: 'Threads here' });
    const author = await buildMember(t.dataSource);
    const thread = await buildThread(t.dataSource, space.id, author.id);
    const res = await member.gql(THREAD_SPACE, { id: thread.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.thread!.space).toMatchObject({ id: space.id, name: 'Threads here' });
    expect(res.body.data!.thread!.space).toEqual(res.body.data!.thread!.category);
  });
});

// The inputs and arguments that said "category" (createThread, moveThread, the thread filter, search, liveEvents,
// LiveEvent and the MANAGE_CATEGORIES permission): each has a space-named twin; the old name still works, is
// reported deprecated, and giving both (or, where one is required, neither) is BAD_USER_INPUT on the new field.
describe('space-named inputs beside their deprecated category-named twins', () => {
  let t: TestApp;
  let space: BuiltCategory;
  let other: BuiltCategory;
  let author: Person;
  let moderator: Person;
  let admin: Person;

  const CREATE_THREAD = graphql(`
    mutation SpacesCreateThread($input: CreateThreadInput!) {
      createThread(input: $input) {
        id
        space {
          id
        }
      }
    }
  `);
  const MOVE_THREAD = graphql(`
    mutation SpacesMoveThread($input: MoveThreadInput) {
      moveThread(input: $input) {
        id
        space {
          id
        }
      }
    }
  `);
  /** The deprecated positional arguments. */
  const MOVE_THREAD_POSITIONAL = graphql(`
    mutation SpacesMoveThreadPositional($id: ID, $categoryId: ID) {
      moveThread(id: $id, categoryId: $categoryId) {
        id
        space {
          id
        }
      }
    }
  `);
  const THREADS = graphql(`
    query SpacesThreads($filter: ThreadFilter) {
      threads(filter: $filter, first: 50) {
        nodes {
          id
          space {
            slug
          }
        }
      }
    }
  `);
  const SEARCH = graphql(`
    query SpacesSearch($input: SearchInput!) {
      search(input: $input) {
        nodes {
          thread {
            id
            space {
              slug
            }
          }
        }
      }
    }
  `);
  // Checked against the schema like the others; sent as text by the event-stream client (live.ts).
  const LIVE = graphql(`
    subscription SpacesLive($spaceId: ID, $categoryId: ID) {
      liveEvents(spaceId: $spaceId, categoryId: $categoryId) {
        id
        kind
        threadId
        spaceId
        categoryId
      }
    }
  `).toString();
  const INTROSPECTION = graphql(`
    query SpacesIntrospection {
      __schema {
        types {
          name
          fields(includeDeprecated: true) {
            name
            isDeprecated
            deprecationReason
            args(includeDeprecated: true) {
              name
              isDeprecated
              deprecationReason
            }
          }
          inputFields(includeDeprecated: true) {
            name
            isDeprecated
            deprecationReason
          }
          enumValues(includeDeprecated: true) {
            name
            isDeprecated
            deprecationReason
          }
        }
      }
    }
  `);
  const PERMISSIONS = graphql(`
    query SpacesPermissions {
      viewer {
        permissions
      }
    }
  `);

  const thread = (overrides: Partial<CreateThreadInput>): CreateThreadInput => ({
    kind: 'DISCUSSION',
    title: 'Lantern walks by the canal',
    body: 'Who has led one in winter?',
    ...overrides,
  });
  const fieldsOf = (res: GqlResponse<unknown>) => res.body.errors?.[0].extensions?.fields;
  const refusal = (field: string, message: string) => ({ code: ErrorCode.BadUserInput, fields: [{ field, message }] });
  const answer = (res: GqlResponse) => ({ code: codeOf(res), fields: fieldsOf(res) });

  beforeAll(async () => {
    t = await startTestApp();
    space = await buildCategory(t.dataSource, { name: 'Lantern walks' });
    other = await buildCategory(t.dataSource, { name: 'Canal history' });
    author = await person(t);
    moderator = await person(t, [Role.Member, Role.Moderator]);
    admin = await person(t, [Role.Member, Role.Admin]);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('introspection', () => {
    type IntrospectedType = SpacesIntrospectionQuery['__schema']['types'][number];
    type Deprecatable = Pick<
      NonNullable<IntrospectedType['inputFields']>[number],
      'name' | 'isDeprecated' | 'deprecationReason'
    >;
    let types: Map<string | null, IntrospectedType>;

    beforeAll(async () => {
      const res = await author.session.gql(INTROSPECTION);
      expect(res.body.errors).toBeUndefined();
      types = new Map(res.body.data!.__schema.types.map((type) => [type.name, type]));
    });

    /** Type.member, Type.field(argument): an input field, field, enum value or argument, as introspection has it. */
    function member(path: string): Deprecatable {
      const [, typeName, name, arg] = /^(\w+)\.(\w+)(?:\((\w+)\))?$/.exec(path)!;
      const type = types.get(typeName)!;
      const all = [...(type.inputFields ?? []), ...(type.fields ?? []), ...(type.enumValues ?? [])];
      const found = all.find((m) => m.name === name);
      const item =
        arg === undefined ? found : (found as { args: Deprecatable[] } | undefined)?.args.find((a) => a.name === arg);
      if (!item) throw new Error(`${path} is missing`);
      return item;
    }

    it.each([
      ['CreateThreadInput.categoryId', 'CreateThreadInput.spaceId', 'Use spaceId instead.'],
      ['MoveThreadInput.categoryId', 'MoveThreadInput.spaceId', 'Use spaceId instead.'],
      ['Mutation.moveThread(categoryId)', 'Mutation.moveThread(input)', 'Use input.spaceId instead.'],
      ['ThreadFilter.categorySlug', 'ThreadFilter.spaceSlug', 'Use spaceSlug instead.'],
      ['SearchInput.categorySlug', 'SearchInput.spaceSlug', 'Use spaceSlug instead.'],
      ['Subscription.liveEvents(categoryId)', 'Subscription.liveEvents(spaceId)', 'Use spaceId instead.'],
      ['LiveEvent.categoryId', 'LiveEvent.spaceId', 'Use spaceId instead.'],
      ['Permission.MANAGE_CATEGORIES', 'Permission.MANAGE_SPACES', 'Use MANAGE_SPACES instead.'],
    ])('reports %s deprecated beside %s: "%s"', (old, twin, reason) => {
      expect(member(old)).toMatchObject({ isDeprecated: true, deprecationReason: reason });
      expect(member(twin)).toMatchObject({ isDeprecated: false, deprecationReason: null });
    });

    it('leaves no field, argument or enum value category-named that is not deprecated', () => {
      const named: string[] = [];
      for (const type of types.values()) {
        if (type.name?.startsWith('__')) continue;
        const members = [...(type.inputFields ?? []), ...(type.fields ?? []), ...(type.enumValues ?? [])];
        const args = (type.fields ?? []).flatMap((f) => f.args.map((a) => ({ ...a, path: `${f.name}(${a.name})` })));
        for (const m of [...members.map((m) => ({ ...m, path: m.name })), ...args]) {
          if (/categor/i.test(m.name) && !m.isDeprecated) named.push(`${type.name}.${m.path}`);
        }
      }
      expect(named).toEqual([]);
    });
  });

  it('createThread takes spaceId, or the deprecated categoryId, and starts the thread in that space', async () => {
    const byNew = await author.session.gql(CREATE_THREAD, {
      input: thread({ spaceId: space.id }),
    });
    expect(byNew.body.errors).toBeUndefined();
    expect(byNew.body.data!.createThread.space.id).toBe(space.id);
    const byOld = await author.session.gql(CREATE_THREAD, {
      input: thread({ categoryId: other.id }),
    });
    expect(byOld.body.errors).toBeUndefined();
    expect(byOld.body.data!.createThread.space.id).toBe(other.id);
  });

  it('createThread refuses both names (even with one value) and neither, on spaceId, starting nothing', async () => {
    const [{ count: before }] = await t.dataSource.query<{ count: number }[]>(`SELECT count(*)::int FROM thread`);
    const both = 'Give spaceId or the deprecated categoryId, not both';
    const cases: [Partial<CreateThreadInput>, ReturnType<typeof refusal>][] = [
      [{ spaceId: space.id, categoryId: other.id }, refusal('spaceId', both)],
      [{ spaceId: space.id, categoryId: space.id }, refusal('spaceId', both)],
      [{}, refusal('spaceId', 'Choose a space')],
      [{ spaceId: null, categoryId: null }, refusal('spaceId', 'Choose a space')],
      [{ spaceId: 'not-an-id' }, refusal('spaceId', 'Choose a space')],
      [{ categoryId: 'not-an-id' }, refusal('categoryId', 'Choose a space')],
      // Found unreadable by the service: reported on the name the client used.
      [{ spaceId: MISSING }, refusal('spaceId', 'Choose a space')],
      [{ categoryId: MISSING }, refusal('categoryId', 'Choose a space')],
    ];
    for (const [names, expected] of cases) {
      const res = await author.session.gql(CREATE_THREAD, { input: thread(names) });
      expect({ names, ...answer(res) }).toEqual({ names, ...expected });
    }
    const [{ count: after }] = await t.dataSource.query<{ count: number }[]>(`SELECT count(*)::int FROM thread`);
    expect(after).toBe(before);
  });

  it('moveThread takes input.spaceId, or the deprecated input.categoryId or positional categoryId', async () => {
    const { id } = await buildThread(t.dataSource, space.id, author.id);
    /** The space a move answers, from either document. */
    const movedTo = async (sent: Promise<GqlResponse<{ moveThread: { space: { id: string } } }>>) => {
      const res = await sent;
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.moveThread.space.id;
    };
    const move = (input: MoveThreadInput) => movedTo(moderator.session.gql(MOVE_THREAD, { input }));
    expect(await move({ id, spaceId: other.id })).toBe(other.id);
    expect(await move({ id, categoryId: space.id })).toBe(space.id);
    expect(await movedTo(moderator.session.gql(MOVE_THREAD_POSITIONAL, { id, categoryId: other.id }))).toBe(other.id);
  });

  it('moveThread refuses both names and neither on spaceId; later refusals name the field used', async () => {
    const { id } = await buildThread(t.dataSource, space.id, author.id);
    const both = 'Give spaceId or the deprecated categoryId, not both';
    const cases: [Omit<MoveThreadInput, 'id'>, ReturnType<typeof refusal>][] = [
      [{ spaceId: other.id, categoryId: space.id }, refusal('spaceId', both)],
      [{ spaceId: other.id, categoryId: other.id }, refusal('spaceId', both)],
      [{}, refusal('spaceId', 'Choose a space')],
      [{ spaceId: space.id }, refusal('spaceId', 'This thread is already in Lantern walks')],
      [{ categoryId: space.id }, refusal('categoryId', 'This thread is already in Lantern walks')],
    ];
    for (const [names, expected] of cases) {
      const res = await moderator.session.gql(MOVE_THREAD, { input: { id, ...names } });
      expect({ names, ...answer(res) }).toEqual({ names, ...expected });
    }
    const [row] = await t.dataSource.query<{ categoryId: string }[]>(
      `SELECT category_id AS "categoryId" FROM thread WHERE id = $1`,
      [id],
    );
    expect(row.categoryId).toBe(space.id);
  });

  it('threads(filter) takes spaceSlug, or the deprecated categorySlug, with one value when both are given', async () => {
    const slugs = async (filter: ThreadFilter) => {
      const res = await author.session.gql(THREADS, { filter });
      expect(res.body.errors).toBeUndefined();
      return [...new Set(res.body.data!.threads.nodes.map((n) => n.space.slug))];
    };
    await buildThread(t.dataSource, space.id, author.id);
    await buildThread(t.dataSource, other.id, author.id);
    expect(await slugs({ spaceSlug: space.slug })).toEqual([space.slug]);
    expect(await slugs({ categorySlug: other.slug })).toEqual([other.slug]);
    expect(await slugs({ spaceSlug: space.slug, categorySlug: space.slug })).toEqual([space.slug]);
    expect((await slugs({})).sort()).toEqual([space.slug, other.slug].sort());
    const res = await author.session.gql(THREADS, { filter: { spaceSlug: space.slug, categorySlug: other.slug } });
    expect(answer(res)).toEqual(
      refusal('filter.spaceSlug', 'Give spaceSlug or the deprecated categorySlug, not both with different values'),
    );
  });

  it('search(input) takes spaceSlug, or the deprecated categorySlug, with one value when both are given', async () => {
    await buildThread(t.dataSource, space.id, author.id, { title: 'Quernstone lanterns', body: 'quernstone' });
    await buildThread(t.dataSource, other.id, author.id, { title: 'Quernstone locks', body: 'quernstone' });
    const slugs = async (filters: Omit<SearchInput, 'query'>) => {
      const res = await author.session.gql(SEARCH, { input: { query: 'quernstone', ...filters } });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.search.nodes.map((n) => n.thread.space.slug);
    };
    expect(await slugs({ spaceSlug: space.slug })).toEqual([space.slug]);
    expect(await slugs({ categorySlug: other.slug })).toEqual([other.slug]);
    expect(await slugs({ spaceSlug: other.slug, categorySlug: other.slug })).toEqual([other.slug]);
    expect((await slugs({})).sort()).toEqual([space.slug, other.slug].sort());
    const res = await author.session.gql(SEARCH, {
      input: { query: 'quernstone', spaceSlug: space.slug, categorySlug: other.slug },
    });
    expect(answer(res)).toEqual(
      refusal('spaceSlug', 'Give spaceSlug or the deprecated categorySlug, not both with different values'),
    );
  });

  it('liveEvents(spaceId), or the deprecated categoryId, tells of the space; LiveEvent.spaceId names it', async () => {
    const streams: LiveStream[] = [];
    const open = async (variables: Record<string, string>) => {
      const stream = await openLiveStream(t.url, author.session.cookie, variables, LIVE);
      streams.push(stream);
      await stream.next(isReady);
      return stream;
    };
    try {
      const byNew = await open({ spaceId: space.id });
      const byOld = await open({ categoryId: space.id });
      const byBoth = await open({ spaceId: space.id, categoryId: space.id });
      const threadId = await startThread(author, space.id);
      const posted = (e: LiveEventMessage) => e.kind === 'POST_CREATED' && e.threadId === threadId;
      for (const stream of [byNew, byOld, byBoth]) {
        expect(await stream.next(posted)).toMatchObject({ spaceId: space.id, categoryId: space.id });
      }
      const different = await openLiveStream(
        t.url,
        author.session.cookie,
        {
          spaceId: space.id,
          categoryId: other.id,
        },
        LIVE,
      );
      streams.push(different);
      await different.closed;
      expect(different.errors.map((e) => e.extensions)).toEqual([
        refusal('spaceId', 'Give spaceId or the deprecated categoryId, not both with different values'),
      ]);
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it('lists MANAGE_SPACES, and the deprecated MANAGE_CATEGORIES beside it, in an admin’s permissions only', async () => {
    const permissions = async (who: Person) => (await who.session.gql(PERMISSIONS)).body.data!.viewer!.permissions;
    expect(await permissions(admin)).toEqual(expect.arrayContaining(['MANAGE_SPACES', 'MANAGE_CATEGORIES']));
    for (const who of [author, moderator]) {
      expect(await permissions(who)).not.toEqual(expect.arrayContaining(['MANAGE_SPACES']));
      expect(await permissions(who)).not.toEqual(expect.arrayContaining(['MANAGE_CATEGORIES']));
    }
  });
});
