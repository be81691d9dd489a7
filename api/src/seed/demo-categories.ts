// Demo discussion spaces: open to every member, except Advisory Group updates, where only the advisory
// group and administrators start threads (everyone reads and replies).
import { Role } from '@heritage/shared';
import type { EntityManager } from 'typeorm';
import type { CategoryRecord } from '../modules/discussions/spaces/category.record';

const EVERYONE = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];

type DemoCategory = Pick<CategoryRecord, 'slug' | 'name' | 'description'> & { startRoles?: Role[] };

export const DEMO_CATEGORIES: DemoCategory[] = [
  {
    slug: 'introductions',
    name: 'Introductions',
    description: 'New to the community? Say hello and tell us about your work and what brought you here.',
  },
  {
    slug: 'case-studies',
    name: 'Case studies',
    description: 'Share heritage and social prescribing projects: what you did, who took part and what changed.',
  },
  {
    slug: 'advisory-group-updates',
    name: 'Advisory Group updates',
    description: 'News and decisions from the Advisory Group. Everyone can read and reply.',
    startRoles: [Role.AdvisoryGroup, Role.Admin],
  },
  {
    slug: 'general-discussion',
    name: 'General discussion',
    description: 'Questions, ideas and conversations that do not fit anywhere else.',
  },
  {
    slug: 'research-and-resources',
    name: 'Research and resources',
    description: 'Papers, evaluation tools, toolkits and guides on heritage, health and wellbeing.',
  },
  {
    slug: 'events-and-meet-ups',
    name: 'Events and meet-ups',
    description: 'Webinars, conferences and local meet-ups, online and in person.',
  },
];

export async function seedDemoCategories(manager: EntityManager): Promise<void> {
  for (const [index, c] of DEMO_CATEGORIES.entries()) {
    await manager.query(
      `INSERT INTO category (slug, name, description, position, read_roles, start_roles, reply_roles)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [c.slug, c.name, c.description, index + 1, EVERYONE, c.startRoles ?? EVERYONE, EVERYONE],
    );
  }
}
