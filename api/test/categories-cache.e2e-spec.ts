// The spaces each app process keeps in memory (categories.cache.ts): read once, not per request, and dropped
// when any process (or anyone, by hand) changes the category table, which the database announces through
// LISTEN/NOTIFY (change-listener.ts). Two app processes on one database, as in production behind a proxy.
import { Role } from '@heritage/shared';
import { ChangeListener } from '../src/database/change-listener';
import { startTestApp, type TestApp } from './app';
import { type Person, person } from './discussion-fixtures';
import { buildCategory, buildThread } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';

const LIST = graphql(`
  query CategoriesCacheList {
    categories {
      id
      name
    }
  }
`);
const ARCHIVE = graphql(`
  mutation CategoriesCacheArchive($id: ID!) {
    archiveCategory(id: $id) {
      id
      archived
    }
  }
`);

const THREAD_IN_SPACE = graphql(`
  query CategoriesCacheThread($id: ID!, $slug: String!) {
    thread(id: $id) {
      id
      canReply
      space {
        slug
      }
    }
    threads(filter: { spaceSlug: $slug }) {
      nodes {
        id
      }
    }
  }
`);

describe('spaces held in memory across app processes', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: Person;
  let member: Person;
  /** The member's session, sent to app B. */
  let onB: Session;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { database: a.db });
    admin = await person(a, [Role.Admin]);
    member = await person(a, [Role.Member]);
    // Sessions live in the database: the member's cookie from app A signs them in on app B too.
    onB = new Session(b.url);
    onB.cookie = member.session.cookie;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** The names app B's `categories` answers with, and the statements it ran for them. */
  async function namesOnB(): Promise<{ names: string[]; statements: string[] }> {
    const logger = b.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const statements: string[] = [];
    logger.logQuery = (sql, parameters, runner) => {
      statements.push(sql);
      original(sql, parameters, runner);
    };
    try {
      const res = await onB.gql(LIST);
      expect(res.body.errors).toBeUndefined();
      return { names: res.body.data!.categories.map((c) => c.name), statements };
    } finally {
      logger.logQuery = original;
    }
  }

  /** Asks app B until `seen` holds (the notification travels asynchronously), for at most five seconds. */
  async function eventuallyOnB(seen: (names: string[]) => boolean): Promise<string[]> {
    let names: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      names = (await namesOnB()).names;
      if (seen(names)) return names;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return names;
  }

  it('reads the spaces once, then answers from memory', async () => {
    expect(b.app.get(ChangeListener).ready).toBe(true);
    await namesOnB();
    const { statements } = await namesOnB();
    expect(statements.filter((sql) => /FROM category c/.test(sql))).toHaveLength(0);
  });

  it('sees a space archived through the other app', async () => {
    const space = await buildCategory(a.dataSource, { name: 'Oral history circle' });
    expect(await eventuallyOnB((names) => names.includes('Oral history circle'))).toContain('Oral history circle');

    const archived = await admin.session.gql(ARCHIVE, { id: space.id });
    expect(archived.body.data?.archiveCategory.archived).toBe(true);
    // App A dropped its own copy as the write committed: it answers without the space at once.
    const onA = await member.session.gql(LIST);
    expect(onA.body.data?.categories.map((c) => c.name)).not.toContain('Oral history circle');
    expect(await eventuallyOnB((names) => !names.includes('Oral history circle'))).not.toContain('Oral history circle');
  });

  it('sees a change made by hand in the database', async () => {
    const space = await buildCategory(a.dataSource, { name: 'Before the edit' });
    expect(await eventuallyOnB((names) => names.includes('Before the edit'))).toContain('Before the edit');
    await a.dataSource.query(`UPDATE category SET name = 'After the edit' WHERE id = $1`, [space.id]);
    const names = await eventuallyOnB((n) => n.includes('After the edit'));
    expect(names).toContain('After the edit');
    expect(names).not.toContain('Before the edit');
  });

  it('finds a thread in a space whose change this process has not heard yet, and keeps the space', async () => {
    await namesOnB();
    // A space whose announcement never arrives (triggers off for its insert): as for app B in the moment between
    // another process creating a space and the notification reaching B. Its threads are found all the same.
    const slug = 'heard-late';
    const spaceId = await a.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO category (slug, name, position, read_roles, start_roles, reply_roles)
         VALUES ($1, 'Heard late', (SELECT coalesce(max(position), 0) + 1 FROM category), $2, $2, $2) RETURNING id`,
        [slug, Object.values(Role)],
      );
      return row.id;
    });
    const thread = await buildThread(a.dataSource, spaceId, admin.id);
    const res = await onB.gql(THREAD_IN_SPACE, { id: thread.id, slug });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.thread).toEqual({ id: thread.id, canReply: true, space: { slug } });
    expect(res.body.data?.threads.nodes.map((n) => n.id)).toEqual([thread.id]);
    // The second read was kept: the spaces list shows the space with no notification at all.
    expect((await namesOnB()).names).toContain('Heard late');
  });
});
