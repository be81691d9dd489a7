// An emailed link's token (auth_token row) as the repository reads it, and the select list that reads it.
import type { TokenPurpose } from '@heritage/shared';

/** A single-use, expiring secret sent by email. Only its hash is stored (and never read back). */
export interface AuthTokenRecord {
  id: string;
  purpose: TokenPurpose;
  memberId: string | null;
  applicationId: string | null;
  email: string | null;
  payload: Record<string, unknown>;
  expiresAt: Date;
  createdById: string | null;
}

/** The select list that reads an AuthTokenRecord from `auth_token` (also a RETURNING list). */
export const AUTH_TOKEN_COLUMNS = `id, purpose, member_id AS "memberId", application_id AS "applicationId", email,
  payload, expires_at AS "expiresAt", created_by_id AS "createdById"`;
