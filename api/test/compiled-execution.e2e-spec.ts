// Operations seen before run as compiled code (common/graphql/compiled-execution.ts). The answers, errors and
// HTTP statuses must be the ones graphql-js gives: each document here runs three times on an app that compiles
// (the first run interpreted, the next two compiled) and once on an app with GRAPHQL_COMPILED=false, on one
// database, and every answer must be the same.
import { Role } from '@heritage/shared';
import { randomUUID } from 'node:crypto';
import { OperationRuns } from '../src/common/graphql/compiled-execution';
import { startTestApp, type TestApp } from './app';
import { type Person, person } from './discussion-fixtures';
import { buildCategory, buildThread } from './factories';
import { type GqlResponse, Session, untyped } from './gql';
import { graphql } from './graphql';

const PAGE = graphql(`
  query CompiledThreadPage($id: ID!, $first: Int) {
    thread(id: $id) {
      id
      title
      kind
      createdAt
      canReply
      canEdit
      canModerate
      space {
        id
        name
        slug
      }
      author {
        id
        displayName
      }
      posts(first: $first) {
        nodes {
          id
          number
          bodyHtml
          createdAt
          canEdit
          canReact
          canReport
          author {
            displayName
          }
          replyTo {
            number
          }
          reactions {
            kind
            count
            reactedByViewer
            reactors(first: 5) {
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query CompiledSearch($query: String!) {
    search(input: { query: $query }, first: 5) {
      totalCount
      totalCountCapped
      edges {
        cursor
        node {
          snippetHtml
          rank
          thread {
            id
            title
            space {
              name
            }
          }
          post {
            number
            author {
              displayName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const MISSING = graphql(`
  query CompiledMissingThread($id: ID!) {
    thread(id: $id) {
      id
      title
    }
  }
`);

describe('compiled operations answer as graphql-js does', () => {
  let compiled: TestApp;
  let interpreted: TestApp;
  let member: Person;
  let onInterpreted: Session;
  let threadId: string;

  beforeAll(async () => {
    compiled = await startTestApp();
    interpreted = await startTestApp({ GRAPHQL_COMPILED: 'false' }, { database: compiled.db });
    member = await person(compiled, [Role.Member]);
    onInterpreted = new Session(interpreted.url);
    onInterpreted.cookie = member.session.cookie;
    const space = await buildCategory(compiled.dataSource, { name: 'Compiled space' });
    const thread = await buildThread(compiled.dataSource, space.id, member.id, {
      title: 'Handling quernstones at the mill',
      body: 'A quernstone session for a memory group.',
      replies: 3,
    });
    threadId = thread.id;
    await compiled.dataSource.query(
      `INSERT INTO post_reaction (post_id, member_id, kind) SELECT id, $2, 'HELPFUL' FROM post WHERE thread_id = $1`,
      [threadId, member.id],
    );
  });
  afterAll(async () => {
    await interpreted?.close();
    await compiled?.close();
  });

  /** Sends the request three times to the compiling app and once to the other; returns the four answers. */
  async function fourTimes(send: (session: Session) => Promise<GqlResponse<unknown>>) {
    const runs = compiled.app.get(OperationRuns);
    const before = { interpreted: runs.interpreted, compiled: runs.compiled };
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await send(member.session));
    const ran = { interpreted: runs.interpreted - before.interpreted, compiled: runs.compiled - before.compiled };
    answers.push(await send(onInterpreted));
    return { answers: answers.map((a) => ({ status: a.status, body: a.body })), ran };
  }

  it('answers a thread page the same, compiled from its second request', async () => {
    const { answers, ran } = await fourTimes((s) => s.gql(PAGE, { id: threadId, first: 10 }));
    expect(ran).toEqual({ interpreted: 1, compiled: 2 });
    expect(answers[0].body.errors).toBeUndefined();
    const thread = (answers[0].body.data as { thread: { posts: { nodes: { reactions: unknown[] }[] } } }).thread;
    expect(thread.posts.nodes).toHaveLength(4);
    expect(thread.posts.nodes.every((p) => p.reactions.length > 0)).toBe(true);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it('answers a search the same', async () => {
    const { answers, ran } = await fourTimes((s) => s.gql(SEARCH, { query: 'quernstone' }));
    expect(ran).toEqual({ interpreted: 1, compiled: 2 });
    expect((answers[0].body.data as { search: { totalCount: number } }).search.totalCount).toBe(1);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it('words an error the same (NOT_FOUND, its path and locations)', async () => {
    const id = randomUUID();
    const { answers, ran } = await fourTimes((s) => s.gql(MISSING, { id }));
    expect(ran).toEqual({ interpreted: 1, compiled: 2 });
    expect(answers[0].status).toBe(200);
    expect(answers[0].body.errors?.[0]).toMatchObject({ path: ['thread'], extensions: { code: 'NOT_FOUND' } });
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it('refuses a variable of the wrong type the same (HTTP 400, BAD_USER_INPUT), once the document is compiled', async () => {
    await member.session.gql(PAGE, { id: threadId, first: 1 });
    const { answers } = await fourTimes((s) => s.gql(untyped(PAGE), { id: threadId, first: 'many' }));
    expect(answers[0].status).toBe(400);
    expect(answers[0].body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it('runs every operation with graphql-js when GRAPHQL_COMPILED is false', async () => {
    const runs = interpreted.app.get(OperationRuns);
    for (let i = 0; i < 3; i += 1) await onInterpreted.gql(MISSING, { id: randomUUID() });
    expect(runs).toMatchObject({ interpreted: 0, compiled: 0 });
  });
});
