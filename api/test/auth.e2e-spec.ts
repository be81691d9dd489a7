// Accounts and authentication: sign-in, throttling, sessions and their revocation, password reset and
// change, email change. Real database, real HTTP, real SMTP.
import { ErrorCode, MemberStatus } from '@heritage/shared';
import { JobWorker } from '../src/modules/jobs/job-worker.service';
import { startTestApp, type TestApp } from './app';
import { buildMember, TEST_PASSWORD } from './factories';
import { Session } from './gql';
import { graphql } from './graphql';
import type { TypedDocumentString } from './graphql/graphql';
import { linkIn, startSmtp, type TestSmtp } from './smtp';

const VIEWER = graphql(`
  query AuthViewer {
    viewer {
      id
      email
      displayName
      roles
      permissions
    }
  }
`);
const SIGN_OUT_EVERYWHERE = graphql(`
  mutation AuthSignOutEverywhere {
    signOutEverywhere
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation AuthChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
const REQUEST_PASSWORD_RESET = graphql(`
  mutation AuthRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const RESET_PASSWORD = graphql(`
  mutation AuthResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
const REQUEST_EMAIL_CHANGE = graphql(`
  mutation AuthRequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input)
  }
`);
const CONFIRM_EMAIL_CHANGE = graphql(`
  mutation AuthConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);
/** Account operations a visitor is refused, with their values written inline: typed as taking no variables. */
const MEMBER_ONLY: TypedDocumentString<Record<string, unknown>, { [key: string]: never }>[] = [
  SIGN_OUT_EVERYWHERE,
  graphql(`
    mutation AuthVisitorChangePassword {
      changePassword(input: { currentPassword: "x", newPassword: "y" })
    }
  `),
  graphql(`
    mutation AuthVisitorRequestEmailChange {
      requestEmailChange(input: { password: "x", newEmail: "a@b.org" })
    }
  `),
];
/** The viewer's id alone, sent by hand with the production cookie. */
const VIEWER_ID = graphql(`
  query AuthProductionViewerId {
    viewer {
      id
    }
  }
`);

describe('authentication', () => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function signedIn(member: { email: string; password: string }): Promise<Session> {
    const s = new Session(t.url);
    expect((await s.signIn(member.email, member.password)).status).toBe(200);
    return s;
  }

  it('signs in with email and password into an httpOnly, SameSite=Lax session cookie', async () => {
    const m = await buildMember(t.dataSource, { email: 'Ada.Lovelace@Example.org' });
    const s = new Session(t.url);
    const res = await s.signIn('  ada.lovelace@example.org ', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^hcop_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // only in production
    const viewer = await s.gql(VIEWER);
    expect(viewer.body.data?.viewer).toMatchObject({ id: m.id, permissions: ['SIGNED_IN', 'VIEW_DIRECTORY'] });
    // Only the hash of the token is stored.
    const token = cookie.split(';')[0].split('=')[1];
    const rows = await t.dataSource.query<unknown[]>(`SELECT 1 FROM session WHERE token_hash = $1`, [token]);
    expect(rows).toHaveLength(0);
  });

  it('gives visitors a null viewer', async () => {
    const s = new Session(t.url);
    expect((await s.gql(VIEWER)).body.data).toEqual({ viewer: null });
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const m = await buildMember(t.dataSource);
    const wrong = await new Session(t.url).signIn(m.email, 'not the password');
    const unknown = await new Session(t.url).signIn('nobody-here@example.org', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('asks for missing fields and refuses non-JSON posts', async () => {
    const res = await fetch(`${t.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: '', password: '' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      fields: [
        { field: 'email', message: 'Enter your email address' },
        { field: 'password', message: 'Enter your password' },
      ],
    });
    const form = await fetch(`${t.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.org&password=whatever',
    });
    expect(form.status).toBe(415);
  });

  it('throttles failures per account with 429 and Retry-After, without a permanent lockout', async () => {
    const m = await buildMember(t.dataSource);
    for (let i = 0; i < 5; i += 1) expect((await new Session(t.url).signIn(m.email, 'wrong')).status).toBe(401);
    const blocked = await new Session(t.url).signIn(m.email, m.password); // even the right password waits
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(((await blocked.json()) as { message: string }).message).toMatch(/Try again in 15 minutes/);
    // Another account from the same address is unaffected.
    const other = await buildMember(t.dataSource);
    expect((await new Session(t.url).signIn(other.email, other.password)).status).toBe(200);
    // When the window has passed, the right password works again.
    await t.dataSource.query(`UPDATE rate_limit SET window_ends_at = now() - interval '1 second'`);
    expect((await new Session(t.url).signIn(m.email, m.password)).status).toBe(200);
  });

  it('throttles failures per address across accounts', async () => {
    const m = await buildMember(t.dataSource);
    await t.dataSource.query(`DELETE FROM rate_limit`);
    for (let i = 0; i < 20; i += 1) await new Session(t.url).signIn(`guess-${i}@example.org`, 'wrong');
    const res = await new Session(t.url).signIn(m.email, m.password);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    await t.dataSource.query(`DELETE FROM rate_limit`);
  });

  it('tells a suspended member only after the right password, and ends their sessions at once', async () => {
    const m = await buildMember(t.dataSource);
    const s = await signedIn(m);
    await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [m.id, MemberStatus.Suspended]);
    expect((await s.gql(VIEWER)).body.data).toEqual({ viewer: null });
    const denied = await s.gql(SIGN_OUT_EVERYWHERE);
    expect(denied.body.errors?.[0].extensions?.code).toBe(ErrorCode.Unauthenticated);
    const right = await new Session(t.url).signIn(m.email, m.password);
    expect(right.status).toBe(401);
    expect(((await right.json()) as { message: string }).message).toMatch(/suspended or closed/);
    const wrong = await new Session(t.url).signIn(m.email, 'wrong password');
    expect(await wrong.json()).toMatchObject({ message: 'Enter a correct email address and password' });
  });

  it('signs out this session only', async () => {
    const m = await buildMember(t.dataSource);
    const a = await signedIn(m);
    const b = await signedIn(m);
    const stale = a.cookie;
    expect((await a.signOut()).status).toBe(204);
    expect(a.cookie).toBe('');
    const replay = new Session(t.url);
    replay.cookie = stale;
    expect((await replay.gql(VIEWER)).body.data).toEqual({ viewer: null });
    expect((await b.gql(VIEWER)).body.data?.viewer?.id).toBe(m.id);
  });

  it('signs out everywhere at once', async () => {
    const m = await buildMember(t.dataSource);
    const a = await signedIn(m);
    const b = await signedIn(m);
    expect((await a.gql(SIGN_OUT_EVERYWHERE)).body.data).toEqual({ signOutEverywhere: true });
    expect((await a.gql(VIEWER)).body.data).toEqual({ viewer: null });
    expect((await b.gql(VIEWER)).body.data).toEqual({ viewer: null });
  });

  it('changes the password: checks the current one, refuses common ones, ends other sessions', async () => {
    const m = await buildMember(t.dataSource);
    const here = await signedIn(m);
    const elsewhere = await signedIn(m);
    const change = (currentPassword: string, newPassword: string) =>
      here.gql(CHANGE_PASSWORD, {
        input: { currentPassword, newPassword },
      });

    const wrong = await change('not my password', 'a brand new passphrase');
    expect(wrong.body.errors?.[0].extensions).toEqual({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'currentPassword', message: 'Your current password is not correct' }],
    });
    const common = await change(m.password, 'password1');
    expect(common.body.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'newPassword',
        message: 'Choose a less common password: this one is on a list of the most used passwords',
      },
    ]);
    const short = await change(m.password, 'short');
    expect(short.body.errors?.[0].extensions?.fields).toEqual([
      { field: 'newPassword', message: 'Password must be 8 characters or more' },
    ]);
    // Nothing changed so far: the other session still works.
    expect((await elsewhere.gql(VIEWER)).body.data?.viewer).not.toBeNull();

    expect((await change(m.password, 'a brand new passphrase')).body.data).toEqual({ changePassword: true });
    expect((await here.gql(VIEWER)).body.data?.viewer).not.toBeNull();
    expect((await elsewhere.gql(VIEWER)).body.data).toEqual({ viewer: null });
    expect((await new Session(t.url).signIn(m.email, m.password)).status).toBe(401);
    expect((await new Session(t.url).signIn(m.email, 'a brand new passphrase')).status).toBe(200);
  });

  it('resets a forgotten password with a single-use emailed link that ends other sessions', async () => {
    const m = await buildMember(t.dataSource);
    const elsewhere = await signedIn(m);
    const visitor = new Session(t.url);
    const ask = (email: string) => visitor.gql(REQUEST_PASSWORD_RESET, { email });

    // Same answer for an unknown address, and no email.
    expect((await ask('nobody-at-all@example.org')).body).toEqual({ data: { requestPasswordReset: true } });
    expect((await ask(m.email)).body).toEqual({ data: { requestPasswordReset: true } });
    const mail = await smtp.waitFor((x) => x.to === m.email && x.subject === 'Reset your password');
    expect(smtp.messages.some((x) => x.to === 'nobody-at-all@example.org')).toBe(false);
    expect(mail.html).toContain('<a href="http://localhost:');
    const link = linkIn(mail, '/reset-password/');
    const token = link.split('/reset-password/')[1];
    const stored = await t.dataSource.query<{ token_hash: string; expires_at: Date }[]>(
      `SELECT token_hash, expires_at FROM auth_token WHERE member_id = $1 AND purpose = 'RESET_PASSWORD'`,
      [m.id],
    );
    expect(stored[0].token_hash).not.toContain(token);

    const reset = (password: string) =>
      visitor.gql(RESET_PASSWORD, {
        input: { token, password },
      });
    expect((await reset('qwerty123')).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'Choose a less common password: this one is on a list of the most used passwords' },
    ]);
    expect((await reset('my renewed passphrase')).body.data).toEqual({ resetPassword: true });
    expect((await visitor.gql(VIEWER)).body.data?.viewer?.id).toBe(m.id);
    expect((await elsewhere.gql(VIEWER)).body.data).toEqual({ viewer: null });
    const again = await reset('another passphrase here');
    expect(again.body.errors?.[0].extensions?.fields).toEqual([
      { field: 'token', message: 'This link has expired or has already been used. Ask for a new one.' },
    ]);
  });

  it('refuses an expired reset link', async () => {
    const m = await buildMember(t.dataSource);
    await new Session(t.url).gql(REQUEST_PASSWORD_RESET, { email: m.email });
    const mail = await smtp.waitFor((x) => x.to === m.email);
    const token = linkIn(mail, '/reset-password/').split('/reset-password/')[1];
    await t.dataSource.query(`UPDATE auth_token SET expires_at = now() - interval '1 minute' WHERE member_id = $1`, [
      m.id,
    ]);
    const res = await new Session(t.url).gql(RESET_PASSWORD, {
      input: { token, password: 'my renewed passphrase' },
    });
    expect(res.body.errors?.[0].extensions?.code).toBe(ErrorCode.BadUserInput);
  });

  it('changes email only with the password and confirmation from the new address', async () => {
    const m = await buildMember(t.dataSource);
    const s = await signedIn(m);
    const ask = (password: string, newEmail: string) =>
      s.gql(REQUEST_EMAIL_CHANGE, {
        input: { password, newEmail },
      });
    expect((await ask('wrong', 'new@example.org')).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'Your current password is not correct' },
    ]);
    expect((await ask(m.password, 'not-an-email')).body.errors?.[0].extensions?.fields).toEqual([
      { field: 'newEmail', message: 'Enter an email address in the correct format, like name@example.org' },
    ]);
    const newEmail = `moved-${m.id.slice(0, 8)}@example.org`;
    expect((await ask(m.password, newEmail)).body.data).toEqual({ requestEmailChange: true });
    const mail = await smtp.waitFor((x) => x.to === newEmail && x.subject === 'Confirm your new email address');
    const [{ email: before }] = await t.dataSource.query<{ email: string }[]>(
      `SELECT email FROM member WHERE id = $1`,
      [m.id],
    );
    expect(before).toBe(m.email); // unchanged until confirmed

    const token = linkIn(mail, '/account/confirm-email/').split('/account/confirm-email/')[1];
    const confirm = await new Session(t.url).gql(CONFIRM_EMAIL_CHANGE, { token });
    expect(confirm.body.data).toEqual({ confirmEmailChange: true });
    await smtp.waitFor((x) => x.to === m.email && x.subject === 'Your email address was changed');
    expect((await new Session(t.url).signIn(newEmail, m.password)).status).toBe(200);
  });

  it('denies account operations to visitors', async () => {
    const visitor = new Session(t.url);
    for (const op of MEMBER_ONLY) {
      expect((await visitor.gql(op)).body.errors?.[0].extensions?.code).toBe(ErrorCode.Unauthenticated);
    }
  });

  it('sends each email once, from the job queue, even when the worker runs again', async () => {
    const m = await buildMember(t.dataSource);
    await new Session(t.url).gql(REQUEST_PASSWORD_RESET, { email: m.email });
    await smtp.waitFor((x) => x.to === m.email);
    await t.app.get(JobWorker).drain();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((x) => x.to === m.email)).toHaveLength(1);
    const [job] = await t.dataSource.query<{ completed_at: Date | null; attempts: number }[]>(
      `SELECT completed_at, attempts FROM job WHERE payload->>'to' = $1`,
      [m.email],
    );
    expect(job.completed_at).not.toBeNull();
    expect(job.attempts).toBe(1);
  });
});

describe('authentication in production', () => {
  it('uses a Secure, __Host- prefixed session cookie', async () => {
    const t = await startTestApp({ NODE_ENV: 'production' });
    try {
      const m = await buildMember(t.dataSource);
      const res = await new Session(t.url).signIn(m.email, m.password);
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie()[0];
      expect(cookie).toMatch(/^__Host-hcop_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).not.toMatch(/Domain=/);
      const token = cookie.split(';')[0];
      const viewer = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: token },
        body: JSON.stringify({ query: VIEWER_ID.toString() }),
      });
      expect(await viewer.json()).toEqual({ data: { viewer: { id: m.id } } });
    } finally {
      await t.close();
    }
  });
});
