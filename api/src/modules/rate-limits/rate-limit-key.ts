// Counter keys are hashed, so the rate_limit table holds no email address or IP address.
import { createHash } from 'node:crypto';

export function rateLimitKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}
