// Demo applications waiting for review: a few pending (one a week old), one with a question asked.
import { Region, Sector } from '@heritage/shared';
import type { EntityManager } from 'typeorm';

interface DemoApplication {
  email: string;
  fullName: string;
  organisation: string;
  jobTitle: string;
  sector: Sector;
  sectorOther?: string;
  region: Region;
  hopes: string;
  heardAbout: string;
  daysAgo: number;
  question?: string;
}

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    email: 'nia.roberts@gwynedd-links.example',
    fullName: 'Nia Roberts',
    organisation: 'Gwynedd Community Links',
    jobTitle: 'Social prescribing link worker',
    sector: Sector.LinkWorker,
    region: Region.Wales,
    hopes: 'Ideas for referring lonely older people to local castle and chapel heritage groups, and people to ask.',
    heardAbout: 'A webinar run by the regional social prescribing network.',
    daysAgo: 7,
  },
  {
    email: 'david.okonkwo@midlands-canals.example',
    fullName: 'David Okonkwo',
    organisation: 'Midlands Canal Heritage Trust',
    jobTitle: 'Volunteer and wellbeing coordinator',
    sector: Sector.HeritageOrganisation,
    region: Region.WestMidlands,
    hopes: 'To learn how to measure wellbeing outcomes for our towpath walking and restoration volunteers.',
    heardAbout: 'Recommended by a link worker in Birmingham.',
    daysAgo: 3,
  },
  {
    email: 'harriet.bell@eastcoast-research.example',
    fullName: 'Harriet Bell',
    organisation: 'East Coast Health Research Unit',
    jobTitle: 'Research associate',
    sector: Sector.Researcher,
    region: Region.East,
    hopes: 'To recruit heritage partners for an evaluation of archive-based reminiscence groups.',
    heardAbout: 'Twitter/X',
    daysAgo: 1,
  },
  {
    email: 'sam.walker@thirdspace.example',
    fullName: 'Sam Walker',
    organisation: 'Third Space Collective',
    jobTitle: 'Director',
    sector: Sector.Other,
    sectorOther: 'Social enterprise',
    region: Region.London,
    hopes: 'Partnerships.',
    heardAbout: 'Search engine',
    daysAgo: 5,
    question: 'Could you tell us a little more about your work with heritage or social prescribing?',
  },
];

export async function seedDemoApplications(manager: EntityManager, adminId: string): Promise<void> {
  for (const a of DEMO_APPLICATIONS) {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO membership_application
         (email, full_name, organisation, job_title, sector, sector_other, region, hopes, heard_about,
          agreed_code_of_conduct_at, agreed_privacy_notice_at, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
               now() - make_interval(days => $10), now() - make_interval(days => $10), $11,
               now() - make_interval(days => $10), now() - make_interval(days => $10))
       RETURNING id`,
      [
        a.email,
        a.fullName,
        a.organisation,
        a.jobTitle,
        a.sector,
        a.sectorOther ?? null,
        a.region,
        a.hopes,
        a.heardAbout,
        a.daysAgo,
        a.question ? 'INFO_REQUESTED' : 'PENDING',
      ],
    );
    if (a.question) {
      await manager.query(
        `INSERT INTO application_message (application_id, kind, body, author_id, created_at)
         VALUES ($1, 'QUESTION', $2, $3, now() - interval '1 day')`,
        [id, a.question, adminId],
      );
    }
  }
}
