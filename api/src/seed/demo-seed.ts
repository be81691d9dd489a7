// The demo community: fictional people from heritage and social prescribing, and applications waiting
// for review; seeded on first start of the embedded database (or on `npm run seed:demo`). Seeds only into
// a database with no members.
import { ActivityType, MemberStatus, Region, Role, Sector, WellbeingBenefit } from '@heritage/shared';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password';
import type { MemberRecord } from '../modules/members/member.record';
import { seedDemoApplications } from './demo-applications';
import { seedDemoCategories } from './demo-categories';
import { seedDemoDigests } from './demo-digests';
import { seedDemoEvents } from './demo-events';
import { seedDemoEvidence } from './demo-evidence';
import { seedDemoOffers } from './demo-offers';
import { seedDemoThreads } from './demo-threads';

export const DEMO_ADMIN = { email: 'admin@heritage-cop.example', password: 'heritage-demo-admin' } as const;
/** Every other demo account signs in with this password. */
export const DEMO_MEMBER_PASSWORD = 'heritage-demo-member';

type DemoMember = Pick<MemberRecord, 'email' | 'displayName' | 'organisation' | 'jobTitle' | 'roles'> &
  Partial<
    Pick<
      MemberRecord,
      | 'pronouns'
      | 'sector'
      | 'sectorOther'
      | 'region'
      | 'bio'
      | 'interests'
      | 'activityTypes'
      | 'takesReferrals'
      | 'showEmail'
    >
  > & {
    status?: MemberStatus;
  };

export const DEMO_MEMBERS: DemoMember[] = [
  {
    email: DEMO_ADMIN.email,
    displayName: 'Alex Morgan',
    organisation: 'Heritage and Social Prescribing CoP',
    jobTitle: 'Community coordinator',
    roles: [Role.Member, Role.Admin],
    pronouns: 'they/them',
    sector: Sector.VoluntaryCommunity,
    region: Region.UkWide,
    bio: 'I look after this community: welcoming new members, running our **monthly online meet-ups** and keeping the resource library tidy.\n\nGet in touch about anything to do with membership or events.',
    interests: [WellbeingBenefit.IdentityBelonging, WellbeingBenefit.SomethingBigger],
    activityTypes: [ActivityType.Volunteering],
    showEmail: true,
  },
  {
    email: 'priya.shah@tyneside-sps.example',
    displayName: 'Priya Shah',
    organisation: 'Tyneside Social Prescribing Service',
    jobTitle: 'Social prescribing link worker',
    roles: [Role.Member, Role.Moderator],
    pronouns: 'she/her',
    sector: Sector.LinkWorker,
    region: Region.NorthEast,
    bio: 'Link worker in a busy practice on Tyneside. Heritage walks and memory cafés have been some of the most *popular* referrals I make.\n\nI take referrals for:\n\n- people who are isolated after a bereavement\n- carers who need an hour for themselves\n- anyone new to the area',
    interests: [
      WellbeingBenefit.IdentityBelonging,
      WellbeingBenefit.ResilienceHope,
      WellbeingBenefit.ConnectionWithPlace,
    ],
    activityTypes: [ActivityType.HeritageWalks, ActivityType.MemoryCafes, ActivityType.Volunteering],
    takesReferrals: true,
    showEmail: true,
  },
  {
    email: 'gareth.lloyd@northshire.example',
    displayName: 'Dr Gareth Lloyd',
    organisation: 'University of Northshire',
    jobTitle: 'Research fellow, heritage and wellbeing',
    roles: [Role.Member, Role.AdvisoryGroup],
    pronouns: 'he/him',
    sector: Sector.Researcher,
    region: Region.YorkshireHumber,
    bio: 'I research how taking part in heritage affects wellbeing, especially **memory** and **learning** in later life.\n\n> Happy to advise on evaluating a project: ask me about outcome measures.',
    interests: [WellbeingBenefit.BrainHealthMemory, WellbeingBenefit.DiscoveryLearning],
    activityTypes: [ActivityType.ArchivesCollections, ActivityType.Archaeology],
    showEmail: true,
  },
  {
    email: 'siobhan.kelly@valley-archives.example',
    displayName: 'Siobhan Kelly',
    organisation: 'Valley Archives',
    jobTitle: 'Community engagement archivist',
    roles: [Role.Member, Role.AdvisoryGroup],
    pronouns: 'she/her',
    sector: Sector.HeritageOrganisation,
    region: Region.NorthWest,
    bio: 'Community engagement archivist. Our *Memories of the Mills* sessions use photographs and objects from the archive to start conversations.',
    interests: [WellbeingBenefit.IdentityBelonging, WellbeingBenefit.DiscoveryLearning],
    activityTypes: [ActivityType.ArchivesCollections, ActivityType.MemoryCafes, ActivityType.CreativeArts],
  },
  {
    email: 'tom.ashworth@castlemill.example',
    displayName: 'Tom Ashworth',
    organisation: 'Castle Mill Heritage Centre',
    jobTitle: 'Volunteer programme manager',
    roles: [Role.Member],
    pronouns: 'he/him',
    sector: Sector.HeritageOrganisation,
    region: Region.NorthWest,
    bio: 'I run a volunteer programme of **120 volunteers** at a restored cotton mill: guiding, conservation and the tea room. New volunteers referred by link workers are always welcome.',
    interests: [WellbeingBenefit.SomethingBigger, WellbeingBenefit.ConnectionWithPlace],
    activityTypes: [ActivityType.Volunteering, ActivityType.CraftsSkills],
  },
  {
    email: 'amara.eze@riverside-health.example',
    displayName: 'Amara Eze',
    organisation: 'Riverside Primary Care Network',
    jobTitle: 'Social prescribing link worker',
    roles: [Role.Member],
    pronouns: 'she/her',
    sector: Sector.LinkWorker,
    region: Region.London,
    bio: 'Social prescribing link worker for Riverside PCN. I am building links with local museums and gardens for people living with anxiety and low mood.',
    interests: [WellbeingBenefit.ResilienceHope, WellbeingBenefit.IdentityBelonging],
    activityTypes: [ActivityType.CreativeArts, ActivityType.HeritageWalks, ActivityType.NatureLandscape],
    takesReferrals: true,
  },
  {
    email: 'huw.evans@cadw-friends.example',
    displayName: 'Huw Evans',
    organisation: 'Friends of Dinas Castle',
    jobTitle: 'Heritage walks leader',
    roles: [Role.Member],
    pronouns: 'he/him',
    sector: Sector.VoluntaryCommunity,
    region: Region.Wales,
    bio: 'Volunteer walks leader. Our gentle *castle and coast* walks run every Tuesday, all year round:\n\n1. meet at the castle car park\n2. two miles at an easy pace\n3. tea and Welsh cakes after',
    interests: [WellbeingBenefit.ConnectionWithPlace, WellbeingBenefit.ResilienceHope],
    activityTypes: [ActivityType.HeritageWalks, ActivityType.NatureLandscape, ActivityType.Archaeology],
    showEmail: true,
  },
  {
    email: 'fiona.mackay@northshire-museums.example',
    displayName: 'Fiona Mackay',
    organisation: 'Northshire Museums Trust',
    jobTitle: 'Museum wellbeing officer',
    roles: [Role.Member],
    pronouns: 'she/her',
    sector: Sector.HeritageOrganisation,
    region: Region.Scotland,
    bio: 'Museum wellbeing officer. I coordinate object-handling sessions for people living with dementia and their carers.',
    interests: [WellbeingBenefit.BrainHealthMemory, WellbeingBenefit.IdentityBelonging],
    activityTypes: [ActivityType.MemoryCafes, ActivityType.ArchivesCollections, ActivityType.CraftsSkills],
  },
];

/** Seeds the demo community. Returns false, changing nothing, when the database already has members. */
/** Seeds the running app's database (server.ts, on first start with SEED_DEMO). */
export function seedDemoInto(app: INestApplicationContext): Promise<boolean> {
  return seedDemoCommunity(app.get(DataSource));
}

export async function seedDemoCommunity(dataSource: DataSource): Promise<boolean> {
  const [adminHash, memberHash] = await Promise.all([
    hashPassword(DEMO_ADMIN.password),
    hashPassword(DEMO_MEMBER_PASSWORD),
  ]);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (two processes starting at once) on one advisory lock.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('heritage-cop:demo-seed'))`);
    const existing = await manager.query<unknown[]>(`SELECT 1 FROM member LIMIT 1`);
    if (existing.length > 0) return false;
    let adminId = '';
    for (const m of DEMO_MEMBERS) {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO member (email, display_name, organisation, job_title, roles, status, password_hash, pronouns,
           sector, sector_other, region, bio, interests, activity_types, takes_referrals, show_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         RETURNING id`,
        [
          m.email,
          m.displayName,
          m.organisation,
          m.jobTitle,
          m.roles,
          m.status ?? MemberStatus.Active,
          m.email === DEMO_ADMIN.email ? adminHash : memberHash,
          m.pronouns ?? null,
          m.sector ?? null,
          m.sectorOther ?? null,
          m.region ?? null,
          m.bio ?? '',
          m.interests ?? [],
          m.activityTypes ?? [],
          m.takesReferrals ?? false,
          m.showEmail ?? false,
        ],
      );
      if (m.email === DEMO_ADMIN.email) adminId = row.id;
    }
    await seedDemoApplications(manager, adminId);
    await seedDemoCategories(manager);
    await seedDemoThreads(manager);
    await seedDemoEvents(manager);
    await seedDemoEvidence(manager);
    await seedDemoDigests(manager);
    await seedDemoOffers(manager);
    return true;
  });
}
