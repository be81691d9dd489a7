// The log says what failed and where, never what a member wrote: a post that makes the database fail is logged
// with its SQLSTATE code and class, and its text is nowhere in the log (not the statement's parameters, not the
// driver's detail or hint, not the request).
import { Writable } from 'node:stream';
import { ErrorCode, Role } from '@heritage/shared';
import { errorForLog, redactUrl } from '../src/common/logging';
import { startTestApp, type TestApp } from './app';
import { codeOf, person } from './discussion-fixtures';
import { buildCategory, buildThread } from './factories';
import { graphql } from './graphql';

const MARKER = 'MEMBER-CONTENT-7f3a9c';

const CREATE_POST = graphql(`
  mutation LoggingCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`);

describe('logs keep member content out', () => {
  let t: TestApp;
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { config: { logDestination: capture } });
    // A test-only trigger on this file's own database: refuses the marker as PostgreSQL refuses a bad row,
    // quoting the value in the message and copying the row into the detail.
    await t.dataSource.query(`
      CREATE FUNCTION refuse_marker() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.body LIKE '%${MARKER}%' THEN
          RAISE EXCEPTION 'new row for relation "post" violates check constraint "%"', NEW.body
            USING ERRCODE = 'check_violation', DETAIL = 'Failing row contains (' || NEW.body || ').',
                  HINT = NEW.body, CONSTRAINT = 'post_marker_check', TABLE = 'post';
        END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER refuse_marker BEFORE INSERT ON post FOR EACH ROW EXECUTE FUNCTION refuse_marker()`,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs a failed createPost with its code, without the post text', async () => {
    const author = await person(t, [Role.Member]);
    const space = await buildCategory(t.dataSource);
    const thread = await buildThread(t.dataSource, space.id, author.id);
    lines.length = 0;
    const res = await author.session.gql(CREATE_POST, {
      input: { threadId: thread.id, body: `A reply about ${MARKER} and more`, confirmPersonalData: true },
    });
    expect(codeOf(res)).toBe(ErrorCode.Internal);
    expect(JSON.stringify(res.body)).not.toContain(MARKER);

    // pino writes asynchronously: wait for the error line.
    for (let i = 0; i < 50 && !lines.some((l) => l.includes('QueryFailedError')); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const logged = lines.map(
      (l) => JSON.parse(l) as { context?: string; err?: Record<string, unknown>; req?: { id?: string } },
    );
    const failure = logged.find((l) => l.context === 'Unhandled GraphQL error');
    expect(failure?.err).toMatchObject({ type: 'QueryFailedError', code: '23514', constraint: 'post_marker_check' });
    // The line names its request (the id the response carries), without AsyncLocalStorage.
    expect(failure?.req?.id).toBe(res.headers.get('x-request-id'));
    expect(failure?.err?.stack).toMatch(/^QueryFailedError: new row for relation \[redacted\]/);
    expect(lines.join('\n')).not.toContain(MARKER);
    expect(lines.join('\n')).not.toContain('Failing row');
  });

  it('keeps only names and places from any error, and no query strings from URLs', () => {
    const driverError = Object.assign(new Error(`invalid input syntax for type uuid: "${MARKER}"`), {
      code: '22P02',
      detail: MARKER,
      where: MARKER,
      routine: 'string_to_uuid',
    });
    const error = Object.assign(new Error(driverError.message), {
      query: `SELECT ${MARKER}`,
      parameters: [MARKER],
      driverError,
      source: { body: MARKER },
    });
    const logged = errorForLog(error);
    expect(JSON.stringify(logged)).not.toContain(MARKER);
    expect(logged).toMatchObject({ code: '22P02', routine: 'string_to_uuid' });
    expect(redactUrl(`/graphql?query=${MARKER}`)).toBe('/graphql?[redacted]');
  });
});
