// Password reset and applications do the same work for an address with an account and one without: one job
// is enqueued either way and the job decides, so neither the answer nor its timing tells them apart. The
// timing is compared over interleaved samples by rank (how often one kind is slower than the other), which a
// busy machine shifts for both kinds alike; a real difference (5.0 ms against 2.5 ms before) separates them.
import { MemberStatus, Region, Sector } from '@heritage/shared';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './app';
import { buildMember, type BuiltMember } from './factories';
import { gql } from './gql';
import { graphql } from './graphql';
import type { SubmitApplicationInput } from './graphql/graphql';
import { jobsSettled } from './jobs-settled';
import { startSmtp, type TestSmtp } from './smtp';

const RESET = graphql(`
  mutation EqualWorkRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const SUBMIT = graphql(`
  mutation EqualWorkSubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input)
  }
`);
const SAMPLES = 60;
/** 240 requests: generous for a machine busy with other work (the timing compared is relative). */
const TIMING_TEST_MS = 240_000;

function application(email: string): SubmitApplicationInput {
  return {
    fullName: 'Ada Applicant',
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

/** P(a sample of `a` is slower than one of `b`), ties counting half: 0.5 when they do not differ. */
function probabilitySlower(a: number[], b: number[]): number {
  let wins = 0;
  for (const x of a) for (const y of b) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return wins / (a.length * b.length);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

describe('equal work for known and unknown addresses', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let member: BuiltMember;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The limits are not what is measured here: high enough never to refuse.
    t = await startTestApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_PASSWORD_RESET: '100000,100000,3600',
      RATE_LIMIT_APPLY: '100000,100000,3600',
    });
    member = await buildMember(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function timed(send: () => Promise<{ body: { errors?: unknown } }>): Promise<number> {
    const started = process.hrtime.bigint();
    const res = await send();
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    expect(res.body.errors).toBeUndefined();
    return elapsed;
  }

  /** Interleaved samples of both kinds, alternating which goes first, after a warm-up. */
  async function compare(known: () => Promise<number>, unknown: () => Promise<number>) {
    for (let i = 0; i < 5; i += 1) await Promise.all([known(), unknown()].map((p) => p.catch(() => 0)));
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      if (i % 2 === 0) {
        a.push(await known());
        b.push(await unknown());
      } else {
        b.push(await unknown());
        a.push(await known());
      }
    }
    await jobsSettled(t.dataSource, 60_000);
    return { p: probabilitySlower(a, b), knownMedian: median(a), unknownMedian: median(b) };
  }

  it(
    `takes no longer for an account's address to ask for a reset link (${SAMPLES} samples each)`,
    async () => {
      const result = await compare(
        () => timed(() => gql(t.url, RESET, { email: member.email })),
        () => timed(() => gql(t.url, RESET, { email: `nobody-${randomUUID()}@example.org` })),
      );
      expect(result.p).toBeGreaterThan(0.3);
      expect(result.p).toBeLessThan(0.7);
      expect(result.knownMedian / result.unknownMedian).toBeGreaterThan(0.5);
      expect(result.knownMedian / result.unknownMedian).toBeLessThan(2);
    },
    TIMING_TEST_MS,
  );

  it(
    `takes no longer for a new address to apply than an account's (${SAMPLES} samples each)`,
    async () => {
      const result = await compare(
        () => timed(() => gql(t.url, SUBMIT, { input: application(member.email) })),
        () => timed(() => gql(t.url, SUBMIT, { input: application(`new-${randomUUID()}@example.org`) })),
      );
      expect(result.p).toBeGreaterThan(0.3);
      expect(result.p).toBeLessThan(0.7);
      expect(result.knownMedian / result.unknownMedian).toBeGreaterThan(0.5);
      expect(result.knownMedian / result.unknownMedian).toBeLessThan(2);
    },
    TIMING_TEST_MS,
  );

  it('enqueues one reset job either way; only an active member gets a link', async () => {
    const active = await buildMember(t.dataSource);
    const suspended = await buildMember(t.dataSource);
    await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [suspended.id, MemberStatus.Suspended]);
    const unknown = `nobody-${randomUUID()}@example.org`;
    const jobsBefore = await jobCount('auth.password-reset');
    for (const email of [active.email, suspended.email, unknown]) {
      expect((await gql(t.url, RESET, { email })).body).toEqual({ data: { requestPasswordReset: true } });
    }
    expect(await jobCount('auth.password-reset')).toBe(jobsBefore + 3);
    await jobsSettled(t.dataSource);
    const mail = await smtp.waitFor((m) => m.to === active.email);
    expect(mail.text).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((m) => m.to === suspended.email || m.to === unknown)).toEqual([]);
  });

  it('enqueues one application job either way; only the new address gets an application and an email', async () => {
    const fresh = `new-${randomUUID()}@example.org`;
    const existing = await buildMember(t.dataSource);
    const jobsBefore = await jobCount('applications.submit');
    for (const email of [fresh, existing.email]) {
      expect((await gql(t.url, SUBMIT, { input: application(email) })).body.data).toBeTruthy();
    }
    expect(await jobCount('applications.submit')).toBe(jobsBefore + 2);
    await jobsSettled(t.dataSource);
    const ack = await smtp.waitFor((m) => m.to === fresh);
    expect(ack.subject).toBe('We have received your application');
    const rows = await t.dataSource.query<{ email: string }[]>(
      `SELECT email FROM membership_application WHERE email = ANY($1)`,
      [[fresh, existing.email]],
    );
    expect(rows).toEqual([{ email: fresh }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((m) => m.to === existing.email)).toEqual([]);
  });

  async function jobCount(kind: string): Promise<number> {
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM job WHERE kind = $1`, [
      kind,
    ]);
    return n;
  }
});
