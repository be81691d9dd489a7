// The GraphQL endpoint's contract: live data, the error codes, hardening limits, CSRF and batching rules.
import { ERROR_CODES, ErrorCode } from '@heritage/shared';
import { GRAPHQL_LIMITS } from '../src/common/graphql/limits';
import { DEMO_APPLICATIONS } from '../src/seed/demo-applications';
import { DEMO_CATEGORIES } from '../src/seed/demo-categories';
import { DEMO_MEMBERS, seedDemoCommunity } from '../src/seed/demo-seed';
import { startTestApp, type TestApp } from './app';
import { postRaw, rawGql } from './gql';

const JSON_HEADERS = { 'content-type': 'application/json' };

describe('GraphQL endpoint', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the community query from the database', async () => {
    const empty = await rawGql<{ community: { memberCount: number } }>(t.url, '{ community { memberCount } }');
    expect(empty.body.data?.community.memberCount).toBe(0);

    expect(await seedDemoCommunity(t.dataSource)).toBe(true);
    // Suspended members do not count; organisations are counted once however they are written.
    await t.dataSource.query(`UPDATE member SET status = 'SUSPENDED' WHERE email = $1`, [DEMO_MEMBERS[7].email]);
    await t.dataSource.query(`UPDATE member SET organisation = upper(organisation) WHERE email = $1`, [
      DEMO_MEMBERS[6].email,
    ]);
    await t.dataSource.query(
      `INSERT INTO member (email, display_name, organisation) VALUES ('x@valley-archives.example', 'X', ' valley archives ')`,
    );
    const res = await rawGql<{ community: Record<string, unknown> }>(
      t.url,
      '{ community { name shortName memberCount organisationCount } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.data?.community).toEqual({
      name: 'Heritage and Social Prescribing Community of Practice',
      shortName: 'Heritage CoP',
      memberCount: DEMO_MEMBERS.length, // 8 seeded − 1 suspended + 1 inserted
      organisationCount: DEMO_MEMBERS.length - 1, // the suspended member's organisation drops out
    });
  });

  it('seeds the demo community only once, with applications waiting for review', async () => {
    expect(await seedDemoCommunity(t.dataSource)).toBe(false);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM member`);
    expect(count).toBe(DEMO_MEMBERS.length + 1);
    const applications = await t.dataSource.query<{ status: string; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM membership_application GROUP BY status ORDER BY status`,
    );
    expect(applications).toEqual([
      { status: 'INFO_REQUESTED', n: 1 },
      { status: 'PENDING', n: DEMO_APPLICATIONS.length - 1 },
    ]);
    const spaces = await t.dataSource.query<{ slug: string }[]>(`SELECT slug FROM category ORDER BY position`);
    expect(spaces.map((s) => s.slug)).toEqual(DEMO_CATEGORIES.map((c) => c.slug));
  });

  it('never exposes password hashes', async () => {
    const [row] = await t.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM member WHERE password_hash IS NOT NULL LIMIT 1`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const res = await rawGql(t.url, '{ community { passwordHash } }');
    expect(res.status).toBe(400);
  });

  it('answers a malformed document with 400 BAD_USER_INPUT and keeps serving', async () => {
    const res = await rawGql(t.url, '{ community { name ');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(res.body.errors?.[0].message).toMatch(/Syntax Error/);
    const after = await rawGql(t.url, '{ community { name } }');
    expect(after.status).toBe(200);
  });

  it('answers malformed JSON with a 400', async () => {
    const res = await postRaw(t.url, '{"query": ', JSON_HEADERS);
    expect(res.status).toBe(400);
  });

  it('answers an unknown field with 400 BAD_USER_INPUT', async () => {
    const res = await rawGql(t.url, '{ community { nam } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(res.body.errors?.[0].message).toMatch(/Cannot query field "nam"/);
  });

  it('refuses an over-deep query before running it', async () => {
    let selection = 'name';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth + 2; i += 1) selection = `ofType { ${selection} }`;
    const res = await rawGql(t.url, `{ __type(name: "Query") { fields { type { ${selection} } } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(res.body.errors?.[0].message).toMatch(/depth/i);
    expect((await rawGql(t.url, '{ community { name } }')).status).toBe(200);
  });

  it('refuses an over-costly query', async () => {
    // Within the depth and alias limits, but wide: about 690 per alias, so 10 aliases pass 5,000.
    const leaf = 'name kind description specifiedByURL isOneOf';
    const type = `type { ${leaf} ofType { ${leaf} ofType { ${leaf} ofType { ${leaf} } } } }`;
    const wide = Array.from(
      { length: 10 },
      (_, i) => `a${i}: __schema { types { ${leaf} fields { name description ${type} args { name ${type} } } } }`,
    );
    const res = await rawGql(t.url, `{ ${wide.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(res.body.errors?.map((e) => e.message).join(' ')).toMatch(/cost/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `c${i}: community { name }`);
    const res = await rawGql(t.url, `{ ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses batched requests', async () => {
    const body = JSON.stringify([{ query: '{ community { name } }' }, { query: '{ community { name } }' }]);
    const res = await postRaw(t.url, body, JSON_HEADERS);
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('Heritage and Social Prescribing');
  });

  it('prevents CSRF: a simple cross-site request is refused', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ community { name } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    const form = await postRaw(t.url, 'query={community{name}}', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
  });

  it('hides internal failures: no SQL, no stack, a generic message', async () => {
    // The overview reads the maintained counts (community_counter); without their table it fails inside.
    await t.dataSource.query('ALTER TABLE community_counter RENAME TO counter_hidden');
    try {
      const res = await rawGql(t.url, '{ community { memberCount } }');
      expect(res.status).toBe(200);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0]).toEqual({
        message: 'Something went wrong on our side. Please try again later.',
        locations: [{ line: 1, column: 3 }],
        path: ['community'],
        extensions: { code: ErrorCode.Internal },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/member|counter|relation|SELECT|stack|QueryFailedError/i);
    } finally {
      await t.dataSource.query('ALTER TABLE counter_hidden RENAME TO community_counter');
    }
  });

  it('gives every error a code from the contract', async () => {
    const documents = ['{ community { name ', '{ nope }', '{ community { name(x: 1) } }'];
    for (const document of documents) {
      const res = await rawGql(t.url, document);
      for (const error of res.body.errors ?? []) expect(ERROR_CODES).toContain(error.extensions?.code);
    }
  });
});

describe('GraphQL endpoint in production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('disables introspection', async () => {
    const res = await rawGql(t.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(res.body.data ?? null).toBeNull();
  });

  it('does not suggest field names', async () => {
    const res = await rawGql(t.url, '{ community { nam } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
  });

  it('sends HSTS and upgrade-insecure-requests', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});
