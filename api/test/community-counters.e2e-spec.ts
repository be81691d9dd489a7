// The community overview's maintained counts (triggers on `member`) stay equal to counting the members, through
// every way a member changes (approval, profile, suspension, reinstatement, erasure, SQL) and under
// concurrent writes.
import { MemberStatus, Region, Role, Sector } from '@heritage/shared';
import { Client } from 'pg';
import { CommunityCounters1764915000000 } from '../../migrations/1764915000000-CommunityCounters';
import { startTestApp, type TestApp } from './app';
import { buildMember, type BuiltMember } from './factories';
import { gql, Session } from './gql';
import { graphql } from './graphql';

const OVERVIEW = graphql(`
  query CommunityCountersOverview {
    community {
      memberCount
      organisationCount
    }
  }
`);
const APPROVE = graphql(`
  mutation CommunityCountersApprove($id: ID!) {
    approveApplication(input: { applicationId: $id }) {
      status
    }
  }
`);
const SUSPEND = graphql(`
  mutation CommunityCountersSuspend($memberId: ID!, $reason: String!) {
    suspendMember(memberId: $memberId, reason: $reason) {
      status
    }
  }
`);
const REINSTATE = graphql(`
  mutation CommunityCountersReinstate($memberId: ID!, $reason: String!) {
    reinstateMember(memberId: $memberId, reason: $reason) {
      status
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation CommunityCountersDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

describe('community counters', () => {
  let t: TestApp;
  let admin: BuiltMember;
  let adminSession: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await buildMember(t.dataSource, { roles: [Role.Member, Role.Admin], organisation: 'Counting House' });
    adminSession = new Session(t.url);
    expect((await adminSession.signIn(admin.email, admin.password)).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  /** What the overview counted on every request before the counters. */
  async function counted(): Promise<{ memberCount: number; organisationCount: number }> {
    const [row] = await t.dataSource.query<{ memberCount: number; organisationCount: number }[]>(
      `SELECT count(*)::int AS "memberCount", count(DISTINCT lower(btrim(organisation)))::int AS "organisationCount"
       FROM member WHERE status = 'ACTIVE'`,
    );
    return row;
  }

  /** The overview as the API answers it, checked against counting; returns it. */
  async function overview(): Promise<{ memberCount: number; organisationCount: number }> {
    const res = await gql(t.url, OVERVIEW);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.community).toEqual(await counted());
    const [organisations] = await t.dataSource.query<{ key: string | null; bad: number }[]>(
      `SELECT (SELECT count(*)::int FROM community_organisation o
               WHERE o.member_count <> (SELECT count(*) FROM member m
                 WHERE m.status = 'ACTIVE' AND lower(btrim(m.organisation)) = o.key)) AS bad`,
    );
    expect(organisations.bad).toBe(0);
    return res.body.data!.community;
  }

  it('counts a member approved from an application, once, and their organisation', async () => {
    const before = await overview();
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO membership_application (email, full_name, organisation, job_title, sector, region, hopes,
         heard_about, agreed_code_of_conduct_at, agreed_privacy_notice_at)
       VALUES ('approved@example.org', 'Ann Approved', 'A Brand New Museum', 'Curator', $1, $2, 'To learn', 'A friend',
         now(), now())
       RETURNING id`,
      [Sector.HeritageOrganisation, Region.NorthEast],
    );
    const res = await adminSession.gql(APPROVE, { id });
    expect(res.body.errors).toBeUndefined();
    expect(await overview()).toEqual({
      memberCount: before.memberCount + 1,
      organisationCount: before.organisationCount + 1,
    });
  });

  it('follows suspension, reinstatement, a changed organisation and erasure', async () => {
    const m = await buildMember(t.dataSource, { organisation: '  Only Member Trust ' });
    const session = new Session(t.url);
    expect((await session.signIn(m.email, m.password)).status).toBe(200);
    const start = await overview();

    const suspend = await adminSession.gql(SUSPEND, { memberId: m.id, reason: 'Testing the counters' });
    expect(suspend.body.errors).toBeUndefined();
    expect(await overview()).toEqual({
      memberCount: start.memberCount - 1,
      organisationCount: start.organisationCount - 1,
    });
    const reinstate = await adminSession.gql(REINSTATE, { memberId: m.id, reason: 'Done testing' });
    expect(reinstate.body.errors).toBeUndefined();
    expect(await overview()).toEqual(start);
    // Suspension ended their sessions.
    expect((await session.signIn(m.email, m.password)).status).toBe(200);

    // The same organisation written another way is not a new one; a new name is.
    await t.dataSource.query(`UPDATE member SET organisation = 'ONLY MEMBER TRUST' WHERE id = $1`, [m.id]);
    expect(await overview()).toEqual(start);
    await t.dataSource.query(`UPDATE member SET organisation = 'Counting House' WHERE id = $1`, [m.id]);
    expect(await overview()).toEqual({ ...start, organisationCount: start.organisationCount - 1 });
    await t.dataSource.query(`UPDATE member SET organisation = NULL WHERE id = $1`, [m.id]);
    expect(await overview()).toEqual({ ...start, organisationCount: start.organisationCount - 1 });
    await t.dataSource.query(`UPDATE member SET organisation = '' WHERE id = $1`, [m.id]);
    await overview();

    const erased = await session.gql(DELETE_ACCOUNT, { password: m.password });
    expect(erased.body.errors).toBeUndefined();
    const after = await overview();
    expect(after.memberCount).toBe(start.memberCount - 1);
    const [{ left }] = await t.dataSource.query<{ left: number }[]>(
      `SELECT count(*)::int AS left FROM community_organisation WHERE key IN ('only member trust', '')`,
    );
    expect(left).toBe(0);
  });

  it('handles statements that change many members at once, and deletions', async () => {
    await t.dataSource.query(
      `INSERT INTO member (email, display_name, organisation, status)
       SELECT 'bulk' || i || '@example.org', 'Bulk ' || i, 'Bulk Org ' || (i % 7),
         CASE WHEN i % 5 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END
       FROM generate_series(1, 300) AS i`,
    );
    await overview();
    await t.dataSource.query(
      `UPDATE member SET status = CASE status WHEN 'ACTIVE' THEN 'DEACTIVATED' ELSE 'ACTIVE' END
       WHERE email LIKE 'bulk%@example.org' AND display_name LIKE 'Bulk 1%'`,
    );
    await overview();
    await t.dataSource.query(`UPDATE member SET organisation = 'Bulk Org 1' WHERE email LIKE 'bulk2%@example.org'`);
    await overview();
    await t.dataSource.query(`DELETE FROM member WHERE email LIKE 'bulk%@example.org'`);
    await overview();
  });

  it('loses no update when members change at the same time on separate connections', async () => {
    const clients = Array.from({ length: 6 }, () => new Client({ connectionString: t.db.url }));
    await Promise.all(clients.map((c) => c.connect()));
    try {
      await Promise.all(
        clients.map(async (c, worker) => {
          for (let i = 0; i < 25; i += 1) {
            // A member joins, some change organisation, some are suspended, each in its own transaction.
            await c.query('BEGIN');
            const {
              rows: [{ id }],
            } = await c.query<{ id: string }>(
              `INSERT INTO member (email, display_name, organisation) VALUES ($1, 'Racer', $2) RETURNING id`,
              [`racer-${worker}-${i}@example.org`, `Race Org ${i % 4}`],
            );
            if (i % 3 === 0) {
              await c.query(`UPDATE member SET organisation = $2 WHERE id = $1`, [id, `Race Org ${worker}`]);
            }
            if (i % 4 === 0) await c.query(`UPDATE member SET status = $2 WHERE id = $1`, [id, MemberStatus.Suspended]);
            await c.query('COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    const result = await overview();
    expect(result.memberCount).toBeGreaterThan(100);
  });

  it('backfills the counts from the members already there when the migration runs', async () => {
    const expected = await overview();
    const migration = new CommunityCounters1764915000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await overview()).toEqual(expected);
    expect(expected.memberCount).toBeGreaterThan(100);
  });
});
