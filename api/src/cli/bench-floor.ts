// The bench's floor: what a page would cost with nothing on top of its SQL. A bare `node:http` + `pg` server
// that, for a request the app was sent, runs the very statements the app ran for it (text and parameters, as
// captured from TypeORM's logger on a probe request, so they stay in step with the app by construction) on one
// pooled connection, and builds the same JSON from the rows: the viewer, the policies and the mappers come from
// the app's own plain functions, the spaces from the app's in-memory copy (the floor keeps them as the app does), the field order from the request's GraphQL document. The bench checks that
// the floor's body equals the app's byte for byte before it measures either, so a shaper that drifts from the
// app fails loudly instead of flattering it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ThreadKind } from '@heritage/shared';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { hashToken } from '../common/auth/tokens';
import { cursorCodec, Part } from '../common/graphql/connection';
import { canRead } from '../modules/discussions/spaces/categories.policy';
import { toSpace } from '../modules/discussions/spaces/space.model';
import type { CategoryRecord } from '../modules/discussions/spaces/category.record';
import { toCaseStudy } from '../modules/discussions/threads/case-study.model';
import { toPost } from '../modules/discussions/posts/post.model';
import type { PostRecord } from '../modules/discussions/posts/post.record';
import { type PagePost, pagePostFrom } from '../modules/discussions/posts/posts.repository';
import type { AuthorRecord } from '../modules/discussions/posts/author.record';
import { toPostAuthor } from '../modules/discussions/posts/post-author.model';
import { toReactionSummaries } from '../modules/discussions/reactions/reaction.model';
import type { ReactionCountRecord } from '../modules/discussions/reactions/reaction.record';
import { canReact } from '../modules/discussions/reactions/reactions.policy';
import { canReport } from '../modules/discussions/reports/reports.policy';
import { toThread } from '../modules/discussions/threads/thread.model';
import type { ThreadRecord } from '../modules/discussions/threads/thread.record';
import {
  canDeletePost,
  canEditPost,
  canModerate,
  canSeeThread,
  type Viewer,
} from '../modules/discussions/threads/threads.policy';
import { snippetToHtml } from '../modules/search/search.service';

export interface Statement {
  sql: string;
  parameters: unknown[];
}

/** What one request ran, in order, and each statement's rows. */
export type Results = { sql: string; rows: Record<string, unknown>[] }[];

/** Builds a response's `data` (every field the document might ask for; projection picks and orders them). */
export type Shaper = (
  results: Results,
  request: { variables: Record<string, unknown>; categories: readonly CategoryRecord[] },
) => Record<string, unknown>;

/** Runs `send` with every statement TypeORM issues meanwhile captured (and counted). */
export async function captureStatements<T>(
  dataSource: DataSource,
  send: () => Promise<T>,
): Promise<{ result: T; statements: Statement[] }> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: Statement[] = [];
  logger.logQuery = (sql, parameters, runner) => {
    statements.push({ sql, parameters: structuredClone(parameters ?? []) });
    original(sql, parameters, runner);
  };
  try {
    return { result: await send(), statements };
  } finally {
    logger.logQuery = original;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Projection: the response's fields in the order the document asks for them, as graphql-js would write them.

interface Selection {
  fields: { name: string; key: string; children?: Selection }[];
}

function selectionOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Selection {
  const fields: Selection['fields'] = [];
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      fields.push({
        name: node.name.value,
        key: node.alias?.value ?? node.name.value,
        children: node.selectionSet ? selectionOf(node.selectionSet, fragments) : undefined,
      });
    } else if (node.kind === Kind.FRAGMENT_SPREAD) {
      fields.push(...selectionOf(fragments.get(node.name.value)!.selectionSet, fragments).fields);
    } else {
      fields.push(...selectionOf(node.selectionSet, fragments).fields);
    }
  }
  return { fields };
}

export function documentSelection(query: string): Selection {
  const document: DocumentNode = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return selectionOf(operation.selectionSet, fragments);
}

function project(value: unknown, selection: Selection | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => project(item, selection));
  if (value instanceof Date) return value.toISOString();
  if (!selection) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of selection.fields) {
    if (!(field.name in source)) throw new Error(`floor: no value for field ${field.name}`);
    out[field.key] = project(source[field.name], field.children);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Shapers: the rows of the app's statements, mapped with the app's own plain functions.

/** The rows of the one statement whose SQL contains every fragment given (none, or two: the floor is stale). */
function rowsOf<T>(results: Results, ...fragments: string[]): T[] {
  const found = results.filter((r) => fragments.every((f) => r.sql.includes(f)));
  if (found.length > 1) throw new Error(`floor: ${found.length} statements match ${fragments.join(' … ')}`);
  return (found[0]?.rows ?? []) as T[];
}

function viewerOf(results: Results): Viewer {
  const [row] = rowsOf<{ id: string; roles: Viewer['roles'] }>(results, 'FROM session s');
  if (!row) throw new Error('floor: no session');
  return { id: row.id, roles: row.roles };
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

const POSTS_CURSOR = cursorCodec('posts', Part.int);
const THREADS_CURSOR = cursorCodec('threads', Part.bool, Part.timestamp, Part.uuid);
const RELEVANCE_CURSOR = cursorCodec('search', Part.real, Part.timestamp, Part.uuid);

/** `thread(id) { id posts(first, fromNumber) { nodes {…} pageInfo } }` */
export const threadPostsShaper: Shaper = (results, { variables, categories: spaces }) => {
  const viewer = viewerOf(results);
  const categories = byId([...spaces]);
  const [thread] = rowsOf<ThreadRecord>(results, 'FROM thread t WHERE t.id = $1');
  const category = thread && categories.get(thread.categoryId);
  if (!thread || !category || !canSeeThread(viewer, category, thread)) return { thread: null };
  const limit = Number(variables.first);
  const related = rowsOf<Record<string, unknown>>(results, 'WITH page AS').map(pagePostFrom);
  const counts = new Map<string, ReactionCountRecord[]>();
  for (const row of rowsOf<ReactionCountRecord>(results, 'bool_or(r.member_id = $2)')) {
    counts.set(row.postId, [...(counts.get(row.postId) ?? []), row]);
  }
  const reactors = new Map<string, AuthorRecord[]>();
  for (const row of rowsOf<AuthorRecord & { postId: string; kind: string }>(results, 'PARTITION BY r.post_id')) {
    const key = `${row.postId} ${row.kind}`;
    reactors.set(key, [...(reactors.get(key) ?? []), row]);
  }
  const moderator = canModerate(viewer.roles);
  const node = ({ post: record, author, replyTo, replyToAuthor, reportedByViewer }: PagePost) => {
    return {
      ...toPost(record, viewer),
      canEdit: canEditPost(viewer, category, thread, record),
      canDelete: canDeletePost(viewer, category, thread, record),
      canModerate: moderator,
      canReact: canReact(viewer, category, thread, record),
      canReport: canReport(viewer, category, thread, record) && !reportedByViewer,
      reportedByViewer: reportedByViewer === true,
      author: toPostAuthor(author),
      replyTo: replyTo ? { ...toPost(replyTo, viewer), author: toPostAuthor(replyToAuthor ?? undefined) } : null,
      reactions: toReactionSummaries(record.id, counts.get(record.id) ?? []).map((summary) => ({
        ...summary,
        reactors: (reactors.get(`${record.id} ${summary.kind}`) ?? []).map(toPostAuthor),
      })),
    };
  };
  const page = related.slice(0, limit);
  return {
    thread: {
      ...toThread(thread),
      posts: {
        nodes: page.map(node),
        pageInfo: {
          hasNextPage: related.length > limit,
          endCursor: page.length ? POSTS_CURSOR.encode([page[page.length - 1].post.number]) : null,
        },
      },
    },
  };
};

/** `threads(filter: { categorySlug }, first, after) { nodes {…} pageInfo }` */
export const threadListShaper: Shaper = (results, { variables, categories }) => {
  const viewer = viewerOf(results);
  const slug = (variables.filter as { categorySlug?: string }).categorySlug;
  const category = categories.find((c) => c.slug === slug);
  if (!category || !canRead(viewer.roles, category)) throw new Error('floor: space not readable');
  const limit = Number(variables.first);
  const rows = rowsOf<ThreadRecord & { sortPinned: boolean; sortAt: string }>(results, 'AS "sortPinned"');
  const members = byId(rowsOf<AuthorRecord>(results, 'FROM member m WHERE m.id = ANY'));
  const states = new Map(
    rowsOf<{ threadId: string }>(results, 'AS "isNew"').map(({ threadId, ...state }) => [threadId, state]),
  );
  const caseStudies = new Map(
    rowsOf<{ threadId: string }>(results, 'FROM case_study cs').map((row) => [row.threadId, row]),
  );
  const noState = { lastReadNumber: null, isNew: false, unreadCount: 0, firstUnreadNumber: null, watching: false };
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    threads: {
      nodes: page.map((record) => {
        const caseStudy = record.kind === ThreadKind.CaseStudy ? caseStudies.get(record.id) : undefined;
        return {
          ...toThread(record),
          ...(states.get(record.id) ?? noState),
          space: toSpace(category, viewer.roles),
          author: toPostAuthor(members.get(record.authorId)),
          lastPoster: record.lastPosterId === null ? null : toPostAuthor(members.get(record.lastPosterId)),
          caseStudy: caseStudy ? toCaseStudy(caseStudy as never) : null,
        };
      }),
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: last ? THREADS_CURSOR.encode([last.sortPinned, last.sortAt, last.id]) : null,
      },
    },
  };
};

/** `search(input, first) { totalCount edges { cursor node { snippetHtml thread {…} post {…} } } pageInfo }` */
export const searchShaper: Shaper = (results, { variables, categories: spaces }) => {
  const viewer = viewerOf(results);
  const categories = byId([...spaces]);
  const found = rowsOf<{
    total: number;
    capped: boolean;
    threadId: string | null;
    postId: string | null;
    rankKey: string;
    createdKey: string;
    snippet: string;
  }>(results, 'WITH search AS');
  const limit = Number(variables.first);
  const rows = found.filter((row) => row.threadId !== null);
  const threads = byId(rowsOf<ThreadRecord>(results, 'FROM thread t WHERE t.id = ANY'));
  const posts = byId(rowsOf<PostRecord>(results, 'FROM post p WHERE p.id = ANY'));
  const members = byId(rowsOf<AuthorRecord>(results, 'FROM member m WHERE m.id = ANY'));
  const edges = rows.slice(0, limit).flatMap((row) => {
    const thread = threads.get(row.threadId!);
    const post = row.postId ? posts.get(row.postId) : null;
    if (!thread || post === undefined) return [];
    const category = categories.get(thread.categoryId)!;
    return [
      {
        cursor: RELEVANCE_CURSOR.encode([row.rankKey, row.createdKey, row.threadId!]),
        node: {
          snippetHtml: snippetToHtml(row.snippet),
          thread: {
            ...toThread(thread),
            space: toSpace(category, viewer.roles),
            author: toPostAuthor(members.get(thread.authorId)),
          },
          post: post ? { ...toPost(post, viewer), author: toPostAuthor(members.get(post.authorId)) } : null,
        },
      },
    ];
  });
  return {
    search: {
      totalCount: found[0]?.total ?? 0,
      totalCountCapped: found[0]?.capped ?? false,
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    },
  };
};

// ---------------------------------------------------------------------------------------------------------
// The server.

export interface FloorPlan {
  /** The exact request body the app was sent. */
  body: string;
  statements: Statement[];
  shape: Shaper;
}

interface Prepared extends FloorPlan {
  selection: Selection;
  sessionHash: string;
}

export interface Floor {
  url: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves POST /graphql for the planned bodies only. Like the app it reads the session cookie and hashes it
 * (and refuses a request whose session is not the one the statements were captured with), parses the
 * body, runs the statements, and writes the JSON.
 */
export async function startFloor(
  databaseUrl: string,
  poolSize: number,
  cookieName: string,
  plans: FloorPlan[],
  /** The spaces, held in memory as the app holds them (they do not change during the bench). */
  categories: readonly CategoryRecord[],
): Promise<Floor> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const prepared = new Map<string, Prepared>(
    plans.map((plan) => {
      const session = plan.statements.find((s) => s.sql.includes('FROM session s'));
      return [
        plan.body,
        {
          ...plan,
          selection: documentSelection((JSON.parse(plan.body) as { query: string }).query),
          sessionHash: typeof session?.parameters[0] === 'string' ? session.parameters[0] : '',
        },
      ];
    }),
  );
  const prefix = `${cookieName}=`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const plan = req.method === 'POST' && req.url === '/graphql' ? prepared.get(body) : undefined;
    const token = req.headers.cookie
      ?.split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(prefix))
      ?.slice(prefix.length);
    if (!plan || !token || hashToken(decodeURIComponent(token)) !== plan.sessionHash) {
      res.writeHead(400).end();
      return;
    }
    const request = JSON.parse(body) as { variables?: Record<string, unknown> };
    const results: Results = [];
    const client = await pool.connect();
    try {
      for (const { sql, parameters } of plan.statements) {
        results.push({ sql, rows: (await client.query(sql, parameters)).rows as Record<string, unknown>[] });
      }
    } finally {
      client.release();
    }
    const data = project(plan.shape(results, { variables: request.variables ?? {}, categories }), plan.selection);
    // Apollo ends its body with a newline; so does the floor, for byte-identical answers.
    const json = `${JSON.stringify({ data })}\n`;
    res.writeHead(200, {
      'content-type': 'application/graphql-response+json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`floor: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
