// Random secrets sent to people (session cookies, emailed links) are stored only as SHA-256 hashes,
// so a database leak does not hand out working sessions or links.
import { createHash, randomBytes } from 'node:crypto';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** When a link issued now stops working. */
export function expiresInHours(hours: number): Date {
  return new Date(Date.now() + hours * 3600_000);
}
