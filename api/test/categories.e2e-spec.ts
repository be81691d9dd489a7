// Discussion spaces: who sees which (the policy), the admins' changes and their denials, input rules that
// change nothing when broken, ordering, archiving, and the audit trail. Real database, real HTTP.
import { ErrorCode, MemberStatus, Role } from '@heritage/shared';
import { DEMO_CATEGORIES, seedDemoCategories } from '../src/seed/demo-categories';
import { startTestApp, type TestApp } from './app';
import { buildMember } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type { CategoriesFieldsFragment, CreateCategoryInput } from './graphql/graphql';

// The deprecated category-named fields (categories, createCategory, moveCategory…), tested on purpose: they
// must keep working for clients that still send them.
graphql(`
  fragment CategoriesFields on Space {
    id
    slug
    name
    description
    position
    archived
    revision
    canStartThreads
    canReply
    everyoneCanStart
    readRoles
    startRoles
    replyRoles
  }
`);
const LIST = graphql(`
  query CategoriesList($includeArchived: Boolean) {
    categories(includeArchived: $includeArchived) {
      ...CategoriesFields
    }
  }
`);
const ONE = graphql(`
  query CategoriesOne($slug: String!) {
    category(slug: $slug) {
      ...CategoriesFields
    }
  }
`);
const CREATE = graphql(`
  mutation CategoriesCreate($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      ...CategoriesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation CategoriesUpdate($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      ...CategoriesFields
    }
  }
`);
const MOVE = graphql(`
  mutation CategoriesMove($id: ID!, $direction: MoveDirection!) {
    moveCategory(id: $id, direction: $direction) {
      ...CategoriesFields
    }
  }
`);
const ARCHIVE = graphql(`
  mutation CategoriesArchive($id: ID!) {
    archiveCategory(id: $id) {
      ...CategoriesFields
    }
  }
`);
const RESTORE = graphql(`
  mutation CategoriesRestore($id: ID!) {
    restoreCategory(id: $id) {
      ...CategoriesFields
    }
  }
`);

const EVERYONE = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const ADVISORY = [Role.AdvisoryGroup, Role.Admin];

type Category = CategoriesFieldsFragment;

const codeOf = (res: GqlResponse<unknown>) => res.body.errors?.[0].extensions?.code;
const fieldsOf = (res: GqlResponse<unknown>) => res.body.errors?.[0].extensions?.fields;

describe('discussion spaces', () => {
  let t: TestApp;
  let admin: Session;
  let member: Session;
  let advisory: Session;
  let moderator: Session;
  let suspendedAdmin: Session;
  let visitor: Session;
  let adminId: string;

  async function signedIn(roles: Role[]): Promise<{ session: Session; id: string }> {
    const built = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(built.email, built.password)).status).toBe(200);
    return { session, id: built.id };
  }

  const input = (overrides: Partial<CreateCategoryInput> = {}): CreateCategoryInput => ({
    name: 'Walking groups',
    description: 'Heritage walks for health.',
    readRoles: EVERYONE,
    startRoles: EVERYONE,
    replyRoles: EVERYONE,
    ...overrides,
  });

  async function create(overrides: Partial<CreateCategoryInput> = {}): Promise<Category> {
    const res = await admin.gql(CREATE, { input: input(overrides) });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createCategory;
  }

  async function slugs(session: Session, includeArchived = false): Promise<string[]> {
    const res = await session.gql(LIST, { includeArchived });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.categories.map((c) => c.slug);
  }

  /** Every column of every space and the number of audit rows: a refused change must leave both alone. */
  async function snapshot(): Promise<unknown> {
    const rows = await t.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM category ORDER BY position, id`);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM audit_log WHERE target_type = 'CATEGORY'`,
    );
    return { rows, count };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction((m) => seedDemoCategories(m));
    const a = await signedIn([Role.Member, Role.Admin]);
    admin = a.session;
    adminId = a.id;
    member = (await signedIn([Role.Member])).session;
    advisory = (await signedIn([Role.Member, Role.AdvisoryGroup])).session;
    moderator = (await signedIn([Role.Member, Role.Moderator])).session;
    const suspended = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin] });
    suspendedAdmin = new Session(t.url);
    expect((await suspendedAdmin.signIn(suspended.email, suspended.password)).status).toBe(200);
    await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [suspended.id, MemberStatus.Suspended]);
    visitor = new Session(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('reading', () => {
    it('lists the seeded spaces in order, without role lists for members', async () => {
      const res = await member.gql(LIST);
      expect(res.body.data?.categories.map((c) => c.name)).toEqual(DEMO_CATEGORIES.map((c) => c.name));
      expect(res.body.data?.categories[0]).toMatchObject({
        archived: false,
        canReply: true,
        everyoneCanStart: true,
        readRoles: null,
        startRoles: null,
        replyRoles: null,
      });
      const adminView = await admin.gql(LIST);
      expect(adminView.body.data?.categories[0]).toMatchObject({ readRoles: EVERYONE, replyRoles: EVERYONE });
    });

    it('lets only the advisory group and admins start threads in Advisory Group updates', async () => {
      const canStart = async (s: Session) => (await s.gql(ONE, { slug: 'advisory-group-updates' })).body.data?.category;
      expect(await canStart(member)).toMatchObject({ canStartThreads: false, canReply: true, everyoneCanStart: false });
      expect(await canStart(moderator)).toMatchObject({ canStartThreads: false, canReply: true });
      expect(await canStart(advisory)).toMatchObject({ canStartThreads: true, canReply: true });
      expect(await canStart(admin)).toMatchObject({ canStartThreads: true, canReply: true });
    });

    it('hides a space from members who may not read it, even by its address', async () => {
      const hidden = await create({
        name: 'Advisory papers',
        readRoles: ADVISORY,
        startRoles: ADVISORY,
        replyRoles: ADVISORY,
      });
      expect(await slugs(member)).not.toContain(hidden.slug);
      expect(await slugs(moderator)).not.toContain(hidden.slug);
      expect(await slugs(advisory)).toContain(hidden.slug);
      expect(await slugs(admin)).toContain(hidden.slug);

      const unknown = await member.gql(ONE, { slug: 'no-such-space' });
      const unreadable = await member.gql(ONE, { slug: hidden.slug });
      expect(codeOf(unreadable)).toBe(ErrorCode.NotFound);
      // Exactly the answer for a space that does not exist: nothing to learn.
      expect(unreadable.body.errors?.[0].message).toBe(unknown.body.errors?.[0].message);
      const readable = await advisory.gql(ONE, { slug: hidden.slug });
      expect(readable.body.data?.category).toMatchObject({ name: 'Advisory papers', canStartThreads: true });
    });

    it('refuses visitors', async () => {
      expect(codeOf(await visitor.gql(LIST))).toBe(ErrorCode.Unauthenticated);
      expect(codeOf(await visitor.gql(ONE, { slug: 'introductions' }))).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('admin changes', () => {
    it('creates a space at the end, with a web address made from the name, audited', async () => {
      const before = await slugs(admin, true);
      const created = await create({ name: 'Café & Crafts: Ideas!', slug: '  ', description: '  Crafts.  ' });
      expect(created).toMatchObject({
        slug: 'cafe-crafts-ideas',
        name: 'Café & Crafts: Ideas!',
        description: 'Crafts.',
        archived: false,
        readRoles: EVERYONE,
      });
      expect(await slugs(admin, true)).toEqual([...before, 'cafe-crafts-ideas']);
      const [audit] = await t.dataSource.query<{ action: string; actor_id: string; details: { slug: string } }[]>(
        `SELECT action, actor_id, details FROM audit_log WHERE target_type = 'CATEGORY' AND target_id = $1`,
        [created.id],
      );
      expect(audit).toMatchObject({ action: 'CATEGORY_CREATED', actor_id: adminId, details: { slug: created.slug } });
    });

    it('updates every field, keeping roles in order, audited with before and after', async () => {
      const created = await create({ name: 'Old name', slug: 'old-name' });
      const res = await admin.gql(UPDATE, {
        input: {
          id: created.id,
          baseRevision: created.revision,
          name: 'New name',
          slug: 'new-name',
          description: 'New words.',
          readRoles: [Role.Admin, Role.Member],
          startRoles: [Role.Admin],
          replyRoles: [Role.Member, Role.Admin, Role.Member],
        },
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.updateCategory).toMatchObject({
        slug: 'new-name',
        name: 'New name',
        description: 'New words.',
        readRoles: [Role.Member, Role.Admin],
        startRoles: [Role.Admin],
        replyRoles: [Role.Member, Role.Admin],
      });
      const [audit] = await t.dataSource.query<{ action: string; details: Record<string, { slug: string }> }[]>(
        `SELECT action, details FROM audit_log WHERE target_type = 'CATEGORY' AND target_id = $1 AND action = 'CATEGORY_UPDATED'`,
        [created.id],
      );
      expect(audit.details.before.slug).toBe('old-name');
      expect(audit.details.after.slug).toBe('new-name');
      // Keeping its own address is not a clash.
      const again = await admin.gql(UPDATE, {
        input: { ...input({ name: 'New name', slug: 'new-name' }), id: created.id, baseRevision: created.revision + 1 },
      });
      expect(again.body.errors).toBeUndefined();
    });

    it('refuses a save from an older revision with CONFLICT and the current fields, changing nothing', async () => {
      const created = await create({ name: 'Raced space' });
      const saves = await Promise.all(
        ['Raced space A', 'Raced space B'].map((name) =>
          admin.gql(UPDATE, {
            input: { ...input({ name, slug: 'raced-space' }), id: created.id, baseRevision: created.revision },
          }),
        ),
      );
      const ok = saves.filter((res) => res.body.errors === undefined);
      const refused = saves.filter((res) => codeOf(res) === ErrorCode.Conflict);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const current = refused[0].body.errors?.[0].extensions?.current as Record<string, unknown>;
      expect(current).toMatchObject({ revision: created.revision + 1, name: ok[0].body.data!.updateCategory.name });
      expect(typeof current.editedBy).toBe('string');
      const audits = await t.dataSource.query<unknown[]>(
        `SELECT 1 FROM audit_log WHERE target_id = $1 AND action = 'CATEGORY_UPDATED'`,
        [created.id],
      );
      expect(audits).toHaveLength(1);
    });

    it('moves a space up and down by swapping with its neighbour; the first cannot move up', async () => {
      const first = await create({ name: 'Move one' });
      const second = await create({ name: 'Move two' });
      const order = async () => (await slugs(admin, true)).filter((s) => s.startsWith('move-'));
      expect(await order()).toEqual(['move-one', 'move-two']);

      const up = await admin.gql(MOVE, { id: second.id, direction: 'UP' });
      expect(up.body.data?.moveCategory.position).toBe(first.position);
      expect(await order()).toEqual(['move-two', 'move-one']);
      const down = await admin.gql(MOVE, { id: second.id, direction: 'DOWN' });
      expect(down.body.errors).toBeUndefined();
      expect(await order()).toEqual(['move-one', 'move-two']);

      const moves = await t.dataSource.query<{ details: { direction: string } }[]>(
        `SELECT details FROM audit_log WHERE action = 'CATEGORY_MOVED' AND target_id = $1 ORDER BY created_at`,
        [second.id],
      );
      expect(moves.map((m) => m.details.direction)).toEqual(['UP', 'DOWN']);

      // The first space cannot go up, nor the last down: a field error, and nothing changes.
      const all = (await admin.gql(LIST, { includeArchived: true })).body.data!.categories;
      const before = await snapshot();
      const top = await admin.gql(MOVE, { id: all[0].id, direction: 'UP' });
      expect(codeOf(top)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(top)).toEqual([{ field: 'direction', message: `${all[0].name} is already first` }]);
      const bottom = await admin.gql(MOVE, { id: all[all.length - 1].id, direction: 'DOWN' });
      expect(fieldsOf(bottom)).toEqual([
        { field: 'direction', message: `${all[all.length - 1].name} is already last` },
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it('archives a space: hidden from members, even when they ask for archived ones; restores it', async () => {
      const space = await create({ name: 'Archive me' });
      const archived = await admin.gql(ARCHIVE, { id: space.id });
      expect(archived.body.data?.archiveCategory.archived).toBe(true);
      expect(archived.body.data?.archiveCategory.canStartThreads).toBe(false);

      expect(await slugs(member)).not.toContain('archive-me');
      expect(await slugs(member, true)).not.toContain('archive-me');
      expect(await slugs(moderator, true)).not.toContain('archive-me');
      expect(codeOf(await member.gql(ONE, { slug: 'archive-me' }))).toBe(ErrorCode.NotFound);
      expect(await slugs(admin)).not.toContain('archive-me');
      expect(await slugs(admin, true)).toContain('archive-me');

      expect(codeOf(await admin.gql(ARCHIVE, { id: space.id }))).toBe(ErrorCode.Conflict);
      const restored = await admin.gql(RESTORE, { id: space.id });
      expect(restored.body.data?.restoreCategory.archived).toBe(false);
      expect(await slugs(member)).toContain('archive-me');
      expect(codeOf(await admin.gql(RESTORE, { id: space.id }))).toBe(ErrorCode.Conflict);

      const actions = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
        [space.id],
      );
      expect(actions.map((a) => a.action)).toEqual(['CATEGORY_CREATED', 'CATEGORY_ARCHIVED', 'CATEGORY_RESTORED']);
    });

    it('answers NOT_FOUND for a space that does not exist', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      expect(codeOf(await admin.gql(ARCHIVE, { id }))).toBe(ErrorCode.NotFound);
      expect(codeOf(await admin.gql(MOVE, { id, direction: 'UP' }))).toBe(ErrorCode.NotFound);
      expect(codeOf(await admin.gql(UPDATE, { input: { ...input(), id: 'not-a-uuid', baseRevision: 1 } }))).toBe(
        ErrorCode.NotFound,
      );
    });
  });

  describe('denials', () => {
    let target: Category;
    beforeAll(async () => {
      target = await create({ name: 'Denials' });
    });

    /** Each admin change, sent by the session given (each typed by its own document). */
    const mutations = (): [string, (session: Session) => Promise<GqlResponse<unknown>>][] => [
      ['createCategory', (s) => s.gql(CREATE, { input: input({ name: 'Denied' }) })],
      [
        'updateCategory',
        (s) =>
          s.gql(UPDATE, {
            input: { ...input({ name: 'Denied' }), id: target.id, baseRevision: target.revision },
          }),
      ],
      ['moveCategory', (s) => s.gql(MOVE, { id: target.id, direction: 'UP' })],
      ['archiveCategory', (s) => s.gql(ARCHIVE, { id: target.id })],
      ['restoreCategory', (s) => s.gql(RESTORE, { id: target.id })],
    ];

    it('refuses every admin change to visitors, members, moderators and suspended admins', async () => {
      const before = await snapshot();
      const refusals: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const [name, send] of mutations()) {
        for (const [who, session, code] of [
          ['visitor', visitor, ErrorCode.Unauthenticated],
          ['member', member, ErrorCode.Forbidden],
          ['advisory', advisory, ErrorCode.Forbidden],
          ['moderator', moderator, ErrorCode.Forbidden],
          ['suspended admin', suspendedAdmin, ErrorCode.Unauthenticated],
        ] as const) {
          refusals[`${name} by ${who}`] = codeOf(await send(session));
          expected[`${name} by ${who}`] = code;
        }
      }
      expect(refusals).toEqual(expected);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('bad input', () => {
    let existing: Category;
    beforeAll(async () => {
      existing = await create({ name: 'Existing', slug: 'existing' });
    });

    const cases: [string, Partial<CreateCategoryInput>, { field: string; message: string }[]][] = [
      ['an empty name', { name: '   ' }, [{ field: 'name', message: 'Enter a name for the space' }]],
      ['a long name', { name: 'x'.repeat(81) }, [{ field: 'name', message: 'Name must be 80 characters or fewer' }]],
      [
        'a bad web address',
        { slug: 'Not A Slug!' },
        [{ field: 'slug', message: 'Use lower-case letters, numbers and hyphens' }],
      ],
      [
        'a web address with a trailing hyphen',
        { slug: 'walks-' },
        [{ field: 'slug', message: 'Use lower-case letters, numbers and hyphens' }],
      ],
      [
        'a name with nothing to make a web address from',
        { name: '!!!' },
        [{ field: 'slug', message: 'Enter a web address using lower-case letters, numbers and hyphens' }],
      ],
      [
        'a long description',
        { description: 'x'.repeat(501) },
        [{ field: 'description', message: 'Description must be 500 characters or fewer' }],
      ],
      [
        'no roles at all',
        { readRoles: [], startRoles: [], replyRoles: [] },
        [
          { field: 'readRoles', message: 'Choose who can read' },
          { field: 'startRoles', message: 'Choose who can start threads' },
          { field: 'replyRoles', message: 'Choose who can reply' },
        ],
      ],
      [
        'starters and repliers who cannot read',
        { readRoles: ADVISORY, startRoles: [Role.Member], replyRoles: EVERYONE },
        [
          { field: 'startRoles', message: 'Everyone who can start threads must also be able to read' },
          { field: 'replyRoles', message: 'Everyone who can reply must also be able to read' },
        ],
      ],
      [
        'a web address in use',
        { slug: 'existing' },
        [{ field: 'slug', message: 'A space with that web address already exists' }],
      ],
      [
        'a name whose web address is in use',
        { name: 'Existing' },
        [{ field: 'slug', message: 'A space with that web address already exists' }],
      ],
    ];

    it.each(cases)('refuses %s with field errors, creating and changing nothing', async (_label, overrides, fields) => {
      const before = await snapshot();
      const created = await admin.gql(CREATE, { input: input(overrides) });
      expect(codeOf(created)).toBe(ErrorCode.BadUserInput);
      expect(fieldsOf(created)).toEqual(fields);
      expect(await snapshot()).toEqual(before);
    });

    it.each(cases.filter(([label]) => !label.startsWith('a name whose')))(
      'refuses an update with %s, changing nothing',
      async (_label, overrides, fields) => {
        const other = await create({ name: `Other ${Math.random().toString(36).slice(2, 8)}` });
        const before = await snapshot();
        const updated = await admin.gql(UPDATE, {
          input: { ...input(overrides), id: other.id, baseRevision: other.revision },
        });
        expect(codeOf(updated)).toBe(ErrorCode.BadUserInput);
        expect(fieldsOf(updated)).toEqual(fields);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('lets exactly one of two simultaneous creates with the same web address succeed', async () => {
      const [a, b] = await Promise.all([
        admin.gql(CREATE, { input: input({ name: 'Twins', slug: 'twins' }) }),
        admin.gql(CREATE, { input: input({ name: 'Twins', slug: 'twins' }) }),
      ]);
      const created = [a, b].filter((r) => r.body.data?.createCategory);
      const refused = [a, b].filter((r) => r.body.errors);
      expect(created).toHaveLength(1);
      expect(refused.map(fieldsOf)).toEqual([
        [{ field: 'slug', message: 'A space with that web address already exists' }],
      ]);
      const rows = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM category WHERE slug = 'twins'`);
      expect(rows).toHaveLength(1);
      expect(existing.slug).toBe('existing');
    });

    it('turns a unique violation that slips past the check into the same field error', async () => {
      // Simulates the race without timing: the row appears between the check and the write.
      await t.dataSource.query(`
        CREATE FUNCTION test_category_race() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.slug = 'racing' THEN
            INSERT INTO category (slug, name, position, read_roles, start_roles, reply_roles)
            VALUES ('racing-twin', 'Twin', 999, '{MEMBER}', '{MEMBER}', '{MEMBER}');
            NEW.slug := 'racing-twin';
          END IF;
          RETURN NEW;
        END $$`);
      await t.dataSource.query(
        `CREATE TRIGGER test_category_race BEFORE INSERT ON category FOR EACH ROW WHEN (NEW.slug = 'racing')
         EXECUTE FUNCTION test_category_race()`,
      );
      try {
        const before = await snapshot();
        const res = await admin.gql(CREATE, { input: input({ name: 'Racing', slug: 'racing' }) });
        expect(fieldsOf(res)).toEqual([{ field: 'slug', message: 'A space with that web address already exists' }]);
        expect(await snapshot()).toEqual(before);
      } finally {
        await t.dataSource.query(`DROP TRIGGER test_category_race ON category`);
        await t.dataSource.query(`DROP FUNCTION test_category_race`);
      }
    });
  });
});
