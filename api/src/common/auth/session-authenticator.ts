// What the global guard needs from the auth module: the member a session token belongs to. The guard (in
// common/) depends on this abstract class; the auth module provides it (AuthService), so common/ imports no
// feature module.
import type { AuthenticatedMember } from './current-member';

export abstract class SessionAuthenticator {
  /** The signed-in member of a live session, or undefined (unknown, expired or revoked, member suspended). */
  abstract authenticate(token: string): Promise<AuthenticatedMember | undefined>;
}
