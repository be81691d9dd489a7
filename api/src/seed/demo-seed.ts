// The demo community: fictional people from heritage and social prescribing, seeded on first start of
// the embedded database (or on `npm run seed:demo`). Seeds only into a database with no members.
import { MemberStatus, Role } from '@heritage/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password';
import { MemberEntity } from '../modules/members/member.entity';

export const DEMO_ADMIN = { email: 'admin@heritage-cop.example', password: 'heritage-demo-admin' } as const;
/** Every other demo account signs in with this password. */
export const DEMO_MEMBER_PASSWORD = 'heritage-demo-member';

type DemoMember = Pick<MemberEntity, 'email' | 'displayName' | 'organisation' | 'jobTitle' | 'roles'> & {
  status?: MemberStatus;
};

export const DEMO_MEMBERS: DemoMember[] = [
  {
    email: DEMO_ADMIN.email,
    displayName: 'Alex Morgan',
    organisation: 'Heritage and Social Prescribing CoP',
    jobTitle: 'Community coordinator',
    roles: [Role.Member, Role.Admin],
  },
  {
    email: 'priya.shah@tyneside-sps.example',
    displayName: 'Priya Shah',
    organisation: 'Tyneside Social Prescribing Service',
    jobTitle: 'Social prescribing link worker',
    roles: [Role.Member, Role.Moderator],
  },
  {
    email: 'gareth.lloyd@northshire.example',
    displayName: 'Dr Gareth Lloyd',
    organisation: 'University of Northshire',
    jobTitle: 'Research fellow, heritage and wellbeing',
    roles: [Role.Member, Role.AdvisoryGroup],
  },
  {
    email: 'siobhan.kelly@valley-archives.example',
    displayName: 'Siobhan Kelly',
    organisation: 'Valley Archives',
    jobTitle: 'Community engagement archivist',
    roles: [Role.Member, Role.AdvisoryGroup],
  },
  {
    email: 'tom.ashworth@castlemill.example',
    displayName: 'Tom Ashworth',
    organisation: 'Castle Mill Heritage Centre',
    jobTitle: 'Volunteer programme manager',
    roles: [Role.Member],
  },
  {
    email: 'amara.eze@riverside-health.example',
    displayName: 'Amara Eze',
    organisation: 'Riverside Primary Care Network',
    jobTitle: 'Social prescribing link worker',
    roles: [Role.Member],
  },
  {
    email: 'huw.evans@cadw-friends.example',
    displayName: 'Huw Evans',
    organisation: 'Friends of Dinas Castle',
    jobTitle: 'Heritage walks leader',
    roles: [Role.Member],
  },
  {
    email: 'fiona.mackay@northshire-museums.example',
    displayName: 'Fiona Mackay',
    organisation: 'Northshire Museums Trust',
    jobTitle: 'Museum wellbeing officer',
    roles: [Role.Member],
  },
];

/** Seeds the demo community. Returns false, changing nothing, when the database already has members. */
export async function seedDemoCommunity(dataSource: DataSource): Promise<boolean> {
  const [adminHash, memberHash] = await Promise.all([
    hashPassword(DEMO_ADMIN.password),
    hashPassword(DEMO_MEMBER_PASSWORD),
  ]);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (two processes starting at once) on one advisory lock.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('heritage-cop:demo-seed'))`);
    if (await manager.exists(MemberEntity)) return false;
    await manager.insert(
      MemberEntity,
      DEMO_MEMBERS.map((m) => ({
        ...m,
        status: m.status ?? MemberStatus.Active,
        passwordHash: m.email === DEMO_ADMIN.email ? adminHash : memberHash,
      })),
    );
    return true;
  });
}
