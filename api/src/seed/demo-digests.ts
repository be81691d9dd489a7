// Demo digest settings: everyone has the default (weekly, Monday 8am UK time) except one member who chose a
// daily digest and one who turned it off, so the settings page and the admins' digest page show all three.
import { DigestFrequency } from '@heritage/shared';
import type { EntityManager } from 'typeorm';

export const DEMO_DIGEST_CHOICES: Record<string, DigestFrequency> = {
  'amara.eze@riverside-health.example': DigestFrequency.Daily,
  'huw.evans@cadw-friends.example': DigestFrequency.Off,
};

export async function seedDemoDigests(manager: EntityManager): Promise<void> {
  for (const [email, frequency] of Object.entries(DEMO_DIGEST_CHOICES)) {
    await manager.query(`UPDATE member SET digest_frequency = $2 WHERE lower(email) = lower($1)`, [email, frequency]);
  }
}
