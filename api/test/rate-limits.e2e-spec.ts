// Rate limits: every limited operation refused per address and per account with RATE_LIMITED, HTTP 429 and
// Retry-After, changing nothing; the counts shared by two app processes on one database; sign-in and password
// re-checks counted atomically, per account+address pair, per address and (for addresses that have failed)
// per account; and the client address taken from the trusted proxy hop only. TRUST_PROXY=1 here, so each
// request's X-Forwarded-For is the address "the proxy" (this test) saw.
import { ErrorCode, Region, Role, Sector } from '@heritage/shared';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './app';
import { buildCategory, buildMember, buildThread, type BuiltMember, TEST_PASSWORD } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';
import type { SubmitApplicationInput, TypedDocumentString } from './graphql/graphql';
import { jobsSettled } from './jobs-settled';
import { startSmtp, type TestSmtp } from './smtp';

const SMALL = '3,2,3600'; // 3 per address, 2 per account, per hour
const LIMITED_KINDS = ['APPLY', 'PASSWORD_RESET', 'EMAIL_CHANGE', 'INVITE', 'REPORT', 'POSTING', 'LINK', 'MEMBER_MAIL'];
const SMALL_LIMITS = Object.fromEntries(LIMITED_KINDS.map((kind) => [`RATE_LIMIT_${kind}`, SMALL]));

let addressCounter = 0;
/** A fresh client address (TEST-NET-2), so each test counts from zero. */
const freshAddress = () => {
  addressCounter += 1;
  return `198.51.100.${addressCounter}`;
};

const SUBMIT_APPLICATION = graphql(`
  mutation RateLimitsSubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input)
  }
`);
const REQUEST_PASSWORD_RESET = graphql(`
  mutation RateLimitsRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const REQUEST_EMAIL_CHANGE = graphql(`
  mutation RateLimitsRequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input)
  }
`);
const INVITE_MEMBER = graphql(`
  mutation RateLimitsInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input)
  }
`);
const REPORT_POST = graphql(`
  mutation RateLimitsReportPost($postId: ID!) {
    reportPost(postId: $postId, reason: "Shares a participant's details") {
      id
    }
  }
`);
const CREATE_THREAD = graphql(`
  mutation RateLimitsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation RateLimitsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`);
const RESET_PASSWORD = graphql(`
  mutation RateLimitsResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
const REJECT_APPLICATION = graphql(`
  mutation RateLimitsRejectApplication($id: ID!) {
    rejectApplication(input: { applicationId: $id, reason: "Not a fit" }) {
      id
    }
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation RateLimitsChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation RateLimitsDeleteAccount($p: String!) {
    deleteAccount(password: $p)
  }
`);

/** A typed document sent as from `address` (the proxy's X-Forwarded-For), with the session cookie if any. */
async function post<R, V>(
  url: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  { address, cookie }: { address: string; cookie?: string },
): Promise<GqlResponse<R>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse<R>['body'] };
}

/** `n` accounts that need nothing stored first. */
const resolved = <T>(like: { length: number }, make: () => T): Promise<T[]> => Promise.resolve(Array.from(like, make));

const codeOf = (res: GqlResponse) => res.body.errors?.[0]?.extensions?.code;

function expectRateLimited(res: GqlResponse, windowSeconds = 3600): void {
  expect(codeOf(res)).toBe(ErrorCode.RateLimited);
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(res.body.errors?.[0]?.extensions?.retryAfter).toBe(retryAfter);
  expect(res.body.errors?.[0]?.message).toMatch(/^Too many attempts\. Try again in \d+ (minutes?|seconds?)\.$/);
}

let counter = 0;
function application(email: string): SubmitApplicationInput {
  counter += 1;
  return {
    fullName: `Applicant ${counter}`,
    email,
    organisation: 'Northshire Museums Trust',
    jobTitle: 'Wellbeing officer',
    sector: Sector.HeritageOrganisation,
    sectorOther: null,
    region: Region.NorthEast,
    hopes: 'To learn how link workers refer people to museum programmes.',
    heardAbout: 'A colleague',
    agreeCodeOfConduct: true,
    agreePrivacyNotice: true,
  };
}

describe('rate limits', () => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, TRUST_PROXY: '1', ...SMALL_LIMITS });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A member signed in (from loopback), with the session cookie to send. */
  async function signedIn(roles: Role[] = [Role.Member]): Promise<BuiltMember & { cookie: string }> {
    const member = await buildMember(t.dataSource, { roles });
    const session = new Session(t.url);
    expect((await session.signIn(member.email, member.password)).status).toBe(200);
    return { ...member, cookie: session.cookie };
  }

  const jobCount = async (kind: string) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM job WHERE kind = $1`, [kind]))[0].n;

  interface Case {
    kind: string;
    /** Makes the "accounts" one request can count against: emails, or signed-in members. */
    accounts(n: number): Promise<{ send(address: string): Promise<GqlResponse> }[]>;
    /** What a request changes, to show a refused one changes nothing. */
    effect?(): Promise<number>;
    /** The operation has no account to count (a signed-out request carrying a token). */
    addressOnly?: boolean;
  }

  const cases: Record<string, Case> = {
    submitApplication: {
      kind: 'APPLY',
      accounts: (n) =>
        resolved({ length: n }, () => {
          const email = `applicant-${randomUUID()}@example.org`;
          return {
            send: (address: string) => post(t.url, SUBMIT_APPLICATION, { input: application(email) }, { address }),
          };
        }),
      effect: () => jobCount('applications.submit'),
    },
    requestPasswordReset: {
      kind: 'PASSWORD_RESET',
      accounts: async (n) =>
        Promise.all(
          Array.from({ length: n }, async () => {
            const { email } = await buildMember(t.dataSource);
            return {
              send: (address: string) => post(t.url, REQUEST_PASSWORD_RESET, { email }, { address }),
            };
          }),
        ),
      effect: () => jobCount('auth.password-reset'),
    },
    requestEmailChange: {
      kind: 'EMAIL_CHANGE',
      accounts: async (n) =>
        Promise.all(
          Array.from({ length: n }, async () => {
            const member = await signedIn();
            return {
              send: (address: string) =>
                post(
                  t.url,
                  REQUEST_EMAIL_CHANGE,
                  { input: { password: member.password, newEmail: `new-${randomUUID()}@example.org` } },
                  { address, cookie: member.cookie },
                ),
            };
          }),
        ),
      effect: () => jobCount('email.send'),
    },
    inviteMember: {
      kind: 'INVITE',
      accounts: async (n) =>
        Promise.all(
          Array.from({ length: n }, async () => {
            const admin = await signedIn([Role.Member, Role.Admin]);
            return {
              send: (address: string) =>
                post(
                  t.url,
                  INVITE_MEMBER,
                  { input: { email: `invitee-${randomUUID()}@example.org`, fullName: 'Ivy Invitee' } },
                  { address, cookie: admin.cookie },
                ),
            };
          }),
        ),
      effect: () => jobCount('email.send'),
    },
    reportPost: {
      kind: 'REPORT',
      accounts: async (n) => {
        const author = await buildMember(t.dataSource);
        const category = await buildCategory(t.dataSource);
        return Promise.all(
          Array.from({ length: n }, async () => {
            const reporter = await signedIn();
            return {
              send: async (address: string) => {
                const thread = await buildThread(t.dataSource, category.id, author.id);
                return post(t.url, REPORT_POST, { postId: thread.openingPostId }, { address, cookie: reporter.cookie });
              },
            };
          }),
        );
      },
      effect: async () =>
        (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM post_report`))[0].n,
    },
    'createThread and createPost': {
      kind: 'POSTING',
      accounts: async (n) => {
        const category = await buildCategory(t.dataSource);
        const author = await buildMember(t.dataSource);
        const thread = await buildThread(t.dataSource, category.id, author.id);
        return Promise.all(
          Array.from({ length: n }, async () => {
            const member = await signedIn();
            let sent = 0;
            return {
              // Threads and replies share one count: alternate them.
              send: (address: string) => {
                sent += 1;
                return sent % 2 === 1
                  ? post(
                      t.url,
                      CREATE_THREAD,
                      { input: { categoryId: category.id, kind: 'DISCUSSION', title: 'Memory cafés', body: 'Hello.' } },
                      { address, cookie: member.cookie },
                    )
                  : post(
                      t.url,
                      CREATE_POST,
                      { input: { threadId: thread.id, body: 'A reply.' } },
                      { address, cookie: member.cookie },
                    );
              },
            };
          }),
        );
      },
      effect: async () => (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM post`))[0].n,
    },
    'resetPassword (a link)': {
      kind: 'LINK',
      addressOnly: true,
      accounts: (n) =>
        resolved({ length: n }, () => ({
          send: (address: string) =>
            post(
              t.url,
              RESET_PASSWORD,
              { input: { token: randomUUID(), password: 'a brand new passphrase' } },
              { address },
            ),
        })),
    },
    'rejectApplication (emails the applicant)': {
      kind: 'MEMBER_MAIL',
      accounts: async (n) =>
        Promise.all(
          Array.from({ length: n }, async () => {
            const admin = await signedIn([Role.Member, Role.Admin]);
            return {
              send: (address: string) =>
                post(t.url, REJECT_APPLICATION, { id: randomUUID() }, { address, cookie: admin.cookie }),
            };
          }),
        ),
    },
  };

  describe.each(Object.entries(cases))('%s', (_name, c) => {
    it(`refuses the 4th request from one address (${SMALL}), for any accounts, changing nothing`, async () => {
      const address = freshAddress();
      const accounts = await c.accounts(4);
      for (const account of accounts.slice(0, 3)) {
        const res = await account.send(address);
        expect(codeOf(res)).not.toBe(ErrorCode.RateLimited);
        expect(res.status).not.toBe(429);
      }
      await jobsSettled(t.dataSource);
      const before = await c.effect?.();
      const refused = await accounts[3].send(address);
      expectRateLimited(refused);
      await jobsSettled(t.dataSource);
      expect(await c.effect?.()).toBe(before);
      // Another address is unaffected.
      expect(codeOf(await accounts[3].send(freshAddress()))).not.toBe(ErrorCode.RateLimited);
    });

    if (!c.addressOnly) {
      it('refuses the 3rd request for one account, from any addresses', async () => {
        const [account, other] = await c.accounts(2);
        for (let i = 0; i < 2; i += 1)
          expect(codeOf(await account.send(freshAddress()))).not.toBe(ErrorCode.RateLimited);
        await jobsSettled(t.dataSource);
        const before = await c.effect?.();
        expectRateLimited(await account.send(freshAddress()));
        await jobsSettled(t.dataSource);
        expect(await c.effect?.()).toBe(before);
        // Another account is unaffected.
        expect(codeOf(await other.send(freshAddress()))).not.toBe(ErrorCode.RateLimited);
      });
    }
  });

  it('counts concurrent requests exactly: 10 at once from one address, 3 get through', async () => {
    const address = freshAddress();
    const accounts = await cases.submitApplication.accounts(10);
    const results = await Promise.all(accounts.map((a) => a.send(address)));
    expect(results.filter((r) => codeOf(r) === ErrorCode.RateLimited)).toHaveLength(7);
    expect(results.filter((r) => r.body.data?.submitApplication)).toHaveLength(3);
  });

  it('stores no address or email in the counters', async () => {
    const rows = await t.dataSource.query<{ key: string }[]>(`SELECT key FROM rate_limit`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  describe('sign-in', () => {
    const signIn = (email: string, password: string, address: string) =>
      new Session(t.url).signIn(email, password, { 'x-forwarded-for': address });

    it('counts before checking: of 12 parallel wrong passwords for one account, 7 get 429', async () => {
      const member = await buildMember(t.dataSource);
      const address = freshAddress();
      const results = await Promise.all(Array.from({ length: 12 }, () => signIn(member.email, 'wrong', address)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
      const refused = results.find((r) => r.status === 429)!;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    });

    it('never blocks the right password from an address with no failures: 5 wrong from A, right from B', async () => {
      const member = await buildMember(t.dataSource);
      const [a, b] = [freshAddress(), freshAddress()];
      for (let i = 0; i < 5; i += 1) expect((await signIn(member.email, 'wrong', a)).status).toBe(401);
      expect((await signIn(member.email, member.password, a)).status).toBe(429); // the guessing address waits
      expect((await signIn(member.email, member.password, b)).status).toBe(200); // the member does not
      expect((await signIn(member.email, member.password, b)).status).toBe(200);
    });

    it('slows addresses that failed on an account once it has 50 failures, never the others', async () => {
      const member = await buildMember(t.dataSource);
      for (let n = 0; n < 10; n += 1) {
        const address = freshAddress();
        for (let i = 0; i < 5; i += 1) expect((await signIn(member.email, 'wrong', address)).status).toBe(401);
      }
      const spreadOut = freshAddress();
      expect((await signIn(member.email, 'wrong', spreadOut)).status).toBe(401); // its first try
      expect((await signIn(member.email, member.password, spreadOut)).status).toBe(429); // has failed here
      expect((await signIn(member.email, member.password, freshAddress())).status).toBe(200);
    });

    it('takes the address the trusted proxy appended, not a client-written X-Forwarded-For', async () => {
      const member = await buildMember(t.dataSource);
      const proxied = freshAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        // A client rotating its own X-Forwarded-For; the proxy appends the address it saw.
        const res = await signIn(member.email, 'wrong', `203.0.113.${i + 1}, ${proxied}`);
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    });

    it('throttles every password re-check: 25 wrong, then the right one is refused and nothing changes', async () => {
      const member = await signedIn();
      const address = freshAddress();
      const change = (currentPassword: string) =>
        post(
          t.url,
          CHANGE_PASSWORD,
          { input: { currentPassword, newPassword: 'an entirely new passphrase' } },
          { address, cookie: member.cookie },
        );
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 25; i += 1) codes.push(codeOf(await change('not my password')));
      expect(codes.slice(0, 5)).toEqual(Array(5).fill(ErrorCode.BadUserInput));
      expect(codes.slice(5)).toEqual(Array(20).fill(ErrorCode.RateLimited));
      expectRateLimited(await change(TEST_PASSWORD), 900);
      const deleted = await post(
        t.url,
        DELETE_ACCOUNT,
        { p: TEST_PASSWORD },
        {
          address,
          cookie: member.cookie,
        },
      );
      expectRateLimited(deleted, 900);
      // The password and the account are as they were.
      expect((await signIn(member.email, TEST_PASSWORD, freshAddress())).status).toBe(200);
      const [row] = await t.dataSource.query<{ status: string; erased_at: Date | null }[]>(
        `SELECT status, erased_at FROM member WHERE id = $1`,
        [member.id],
      );
      expect(row).toEqual({ status: 'ACTIVE', erased_at: null });
    });
  });
});

describe('client address without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('ignores X-Forwarded-For entirely: rotating it is not a bypass', async () => {
    const member = await buildMember(t.dataSource);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await new Session(t.url).signIn(member.email, 'wrong', { 'x-forwarded-for': `203.0.113.${i + 1}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('client address behind a listed proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks past listed proxies to the first untrusted hop', async () => {
    const member = await buildMember(t.dataSource);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      // Client-written, then the client as the outer proxy saw it, then an inner proxy on 10/8.
      const xff = `192.0.2.${i + 1}, 198.51.100.200, 10.1.2.3`;
      statuses.push((await new Session(t.url).signIn(member.email, 'wrong', { 'x-forwarded-for': xff })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Another client behind the same proxies is a different address.
    const ok = await new Session(t.url).signIn(member.email, member.password, {
      'x-forwarded-for': '198.51.100.201, 10.1.2.3',
    });
    expect(ok.status).toBe(200);
  });
});

// Last: Passport's strategies are process-wide, so a second app in this process takes over /auth/sign-in of
// the first (its GraphQL stays its own). Real deployments run one app per process.
describe('rate limits across processes', () => {
  let first: TestApp;
  let otherSmtp: TestSmtp;
  beforeAll(async () => {
    otherSmtp = await startSmtp();
    first = await startTestApp({ SMTP_URL: otherSmtp.url, TRUST_PROXY: '1', ...SMALL_LIMITS });
  });
  afterAll(async () => {
    await first.close();
    await otherSmtp.close();
  });

  it('holds across two app processes on the same database', async () => {
    const second = await startTestApp(
      { SMTP_URL: otherSmtp.url, TRUST_PROXY: '1', ...SMALL_LIMITS },
      { database: first.db },
    );
    try {
      const address = freshAddress();
      const reset = (url: string, email: string) => post(url, REQUEST_PASSWORD_RESET, { email }, { address });
      const emails = Array.from({ length: 4 }, () => `someone-${randomUUID()}@example.org`);
      expect(codeOf(await reset(first.url, emails[0]))).toBeUndefined();
      expect(codeOf(await reset(second.url, emails[1]))).toBeUndefined();
      expect(codeOf(await reset(first.url, emails[2]))).toBeUndefined();
      expectRateLimited(await reset(second.url, emails[3]));
      expectRateLimited(await reset(first.url, emails[3]));
    } finally {
      await second.close();
    }
  });
});
