// The executor runs a document with graphql-js the first time and compiled after, with the same answers, and
// leaves the wording of refused variables to graphql-js (Apollo recognises it as BAD_USER_INPUT).
import { buildSchema, type DocumentNode, GraphQLError, Kind, parse } from 'graphql';
import { compiledExecutor, type Executor, type RunKind } from './compiled-execution';

const schema = buildSchema(`
  type Query {
    thread(id: ID!): Thread
    threads(first: Int!): [Thread!]!
    broken: Int
  }
  type Thread {
    id: ID!
    title: String!
    missing: String!
    replies: Int
  }
`);

const threads = [
  { id: '1', title: 'Memory café at the museum', replies: 3 },
  { id: '2', title: 'Archive handling sessions', replies: null },
];
// The root fields resolve from the context, as the app's resolvers reach their services through it.
schema.getQueryType()!.getFields().thread.resolve = (_root, args: { id: string }, ctx: { lookups: number }) => {
  ctx.lookups += 1;
  if (args.id === 'gone')
    throw new GraphQLError('We could not find that thread', { extensions: { code: 'NOT_FOUND' } });
  return Promise.resolve(threads.find((t) => t.id === args.id) ?? null);
};
// An unexpected failure: a plain Error, with no extensions (as a failed SQL statement throws).
schema.getQueryType()!.getFields().broken.resolve = () => Promise.reject(new Error('relation "x" does not exist'));
schema.getQueryType()!.getFields().threads.resolve = (_root, args: { first: number }) => threads.slice(0, args.first);

/** One request as Apollo hands it to the executor (which reads only these fields of its request context). */
function send(
  executor: Executor,
  document: DocumentNode,
  { variables = {}, operationName = null }: { variables?: Record<string, unknown>; operationName?: string | null } = {},
) {
  const context = { lookups: 0 };
  const request = { document, operationName, request: { variables }, context } as unknown as Parameters<Executor>[0];
  return executor(request).then((result) => ({ result, context }));
}

/** The answer as it goes on the wire. */
const wire = (result: unknown): unknown => JSON.parse(JSON.stringify(result));

describe('compiled execution', () => {
  let runs: RunKind[];
  let executor: Executor;
  beforeEach(() => {
    runs = [];
    executor = compiledExecutor(
      () => schema,
      (kind) => runs.push(kind),
    );
  });

  it('answers the same interpreted and compiled, including nulls, lists and a resolver error', async () => {
    const document = parse(`
      query Page($id: ID!, $first: Int!) {
        thread(id: $id) { id title replies }
        threads(first: $first) { id name: title replies }
        gone: thread(id: "gone") { id }
      }
    `);
    const first = await send(executor, document, { variables: { id: '1', first: 2 } });
    const second = await send(executor, document, { variables: { id: '1', first: 2 } });
    const third = await send(executor, document, { variables: { id: '2', first: 1 } });
    expect(runs).toEqual(['interpreted', 'compiled', 'compiled']);
    expect(wire(second.result)).toEqual(wire(first.result));
    expect(wire(first.result)).toEqual({
      data: {
        thread: { id: '1', title: 'Memory café at the museum', replies: 3 },
        threads: [
          { id: '1', name: 'Memory café at the museum', replies: 3 },
          { id: '2', name: 'Archive handling sessions', replies: null },
        ],
        gone: null,
      },
      errors: [
        {
          message: 'We could not find that thread',
          locations: [{ line: 5, column: 9 }],
          path: ['gone'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
    expect(wire(third.result)).toMatchObject({ data: { thread: { id: '2', replies: null }, threads: [{ id: '1' }] } });
    expect(second.context.lookups).toBe(2);
  });

  it('nulls the nearest nullable parent when a non-null field is missing, as graphql-js does', async () => {
    const document = parse(`{ thread(id: "1") { id missing } }`);
    const first = await send(executor, document);
    const second = await send(executor, document);
    expect(runs).toEqual(['interpreted', 'compiled']);
    expect(wire(second.result)).toEqual(wire(first.result));
    expect(wire(first.result)).toMatchObject({ data: { thread: null }, errors: [{ path: ['thread', 'missing'] }] });
  });

  it('gives an unexpected failure as graphql-js does: a GraphQLError with extensions, path and locations', async () => {
    const document = parse(`{ threads(first: 1) { id } broken }`);
    const { result: interpreted } = await send(executor, document);
    const { result: compiled } = await send(executor, document);
    expect(runs).toEqual(['interpreted', 'compiled']);
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.originalError?.message).toBe('relation "x" does not exist');
    expect(wire(compiled)).toEqual(wire(interpreted));
    expect(wire(compiled)).toEqual({
      data: { threads: [{ id: '1' }], broken: null },
      errors: [{ message: 'relation "x" does not exist', locations: [{ line: 1, column: 28 }], path: ['broken'] }],
    });
  });

  it('leaves refused variables to graphql-js, which names the variable definition', async () => {
    const document = parse(`query One($id: ID!) { thread(id: $id) { id } }`);
    await send(executor, document, { variables: { id: '1' } });
    runs = [];
    const { result: refused } = await send(executor, document, { variables: { id: { not: 'an id' } } });
    expect(runs).toEqual(['interpreted']);
    expect(refused.data).toBeUndefined();
    const [error] = refused.errors!;
    expect(error.message).toContain('$id');
    expect(error.nodes?.map((n) => n.kind)).toEqual([Kind.VARIABLE_DEFINITION]);
  });

  it('compiles each operation of a document on its own', async () => {
    const document = parse(`query A { threads(first: 1) { id } } query B { threads(first: 2) { id } }`);
    const as = async (operationName: string) => (await send(executor, document, { operationName })).result;
    await as('A');
    await as('B');
    const a = await as('A');
    const b = await as('B');
    expect(runs).toEqual(['interpreted', 'interpreted', 'compiled', 'compiled']);
    expect(a.data).toEqual({ threads: [{ id: '1' }] });
    expect(b.data).toEqual({ threads: [{ id: '1' }, { id: '2' }] });
  });
});
