// Who may see what of a member: per-record rules the permission decorators cannot express.
import { MemberStatus, Permission } from '@heritage/shared';
import { type AuthenticatedMember, memberCan } from '../../common/auth/current-member';

/** The member fields these rules read. */
export interface MemberVisibility {
  id: string;
  status: MemberStatus;
  showEmail: boolean;
  erasedAt: Date | null;
}

/** Admins manage members: they see every status, every email and why an account was suspended. */
export function canManageMembers(viewer: AuthenticatedMember | undefined): boolean {
  return memberCan(viewer, Permission.ManageMembers);
}

/** An erased member is gone for everyone; a suspended or closed account is visible only to admins. */
export function canSeeMember(viewer: AuthenticatedMember | undefined, member: MemberVisibility): boolean {
  if (member.erasedAt !== null) return false;
  return member.status === MemberStatus.Active || canManageMembers(viewer);
}

/** The member chose to show it, or it is the viewer's own, or the viewer is an admin. */
export function canSeeEmail(viewer: AuthenticatedMember | undefined, member: MemberVisibility): boolean {
  return member.showEmail || viewer?.id === member.id || canManageMembers(viewer);
}
