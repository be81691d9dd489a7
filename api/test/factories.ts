// Valid records with overrides, written straight to a test database.
import { randomBytes } from 'node:crypto';
import { MemberStatus, Role } from '@heritage/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/common/auth/password';

export const TEST_PASSWORD = 'a long test passphrase';
let cachedHash: Promise<string> | undefined;

export interface BuiltMember {
  id: string;
  email: string;
  displayName: string;
  password: string;
}

export async function buildMember(
  ds: DataSource,
  overrides: Partial<{
    email: string;
    displayName: string;
    organisation: string;
    roles: Role[];
    status: MemberStatus;
    password: string;
  }> = {},
): Promise<BuiltMember> {
  const suffix = randomBytes(4).toString('hex');
  const password = overrides.password ?? TEST_PASSWORD;
  const hash = overrides.password ? await hashPassword(password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const email = overrides.email ?? `member-${suffix}@example.org`;
  const displayName = overrides.displayName ?? `Member ${suffix}`;
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO member (email, display_name, organisation, roles, status, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      email,
      displayName,
      overrides.organisation ?? 'Test Heritage Trust',
      overrides.roles ?? [Role.Member],
      overrides.status ?? MemberStatus.Active,
      hash,
    ],
  );
  return { id, email, displayName, password };
}
