// Every column that refers to a member is owned: some module's MemberDataOwner names it, and so decides
// what the member's data file shows of it and what erasure does with it. A new table with a member column
// fails here until its module provides (or extends) an owner. See api/src/common/member-data/member-data.ts.
import { MemberDataOwners } from '../src/common/member-data/member-data';
import { startTestApp, type TestApp } from './app';

describe('member data owners', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** "table.column" for every foreign key column that references member(id). */
  async function memberColumns(): Promise<string[]> {
    const rows = await t.dataSource.query<{ name: string }[]>(
      `SELECT DISTINCT kcu.table_name || '.' || kcu.column_name AS name
       FROM information_schema.referential_constraints rc
       JOIN information_schema.key_column_usage kcu
         ON kcu.constraint_schema = rc.constraint_schema AND kcu.constraint_name = rc.constraint_name
       JOIN information_schema.constraint_column_usage ccu
         ON ccu.constraint_schema = rc.unique_constraint_schema AND ccu.constraint_name = rc.unique_constraint_name
       WHERE kcu.table_schema = 'public' AND ccu.table_name = 'member' AND ccu.column_name = 'id'
       ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  }

  it('finds the member columns (the query works)', async () => {
    expect(await memberColumns()).toEqual(expect.arrayContaining(['session.member_id', 'post.author_id']));
  });

  it('every column referring to a member has an owner', async () => {
    const owned = new Set(
      t.app
        .get(MemberDataOwners)
        .all()
        .flatMap((owner) => owner.memberColumns),
    );
    expect((await memberColumns()).filter((column) => !owned.has(column))).toEqual([]);
  });

  it('every owned column exists and refers to a member (no stale claims)', async () => {
    const columns = new Set(await memberColumns());
    const claimed = t.app
      .get(MemberDataOwners)
      .all()
      .flatMap((owner) => owner.memberColumns);
    expect(claimed.filter((column) => !columns.has(column))).toEqual([]);
  });

  it('each column has one owner', () => {
    const claimed = t.app
      .get(MemberDataOwners)
      .all()
      .flatMap((owner) => owner.memberColumns);
    expect(claimed.filter((column, i) => claimed.indexOf(column) !== i)).toEqual([]);
  });
});
