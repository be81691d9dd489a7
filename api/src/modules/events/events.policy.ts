// Who may do what with an event: the one place these rules live (resolvers, services and the REST
// downloads all ask here).
// - Members see every event; signed-out visitors see public ones, never the join link, organisers or attendees.
// - ADVISORY_GROUP, MODERATOR and ADMIN create events (Permission.ManageEvents) and manage those they organise;
//   admins manage all (Permission.ManageAllEvents). An organiser who loses the role stops managing.
// - The join link is for members going, and for those who manage the event.
import { EventStatus, EventVisibility, hasPermission, Permission, type Role, RsvpStatus } from '@heritage/shared';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import type { EventRecord } from './event.record';

export function canCreateEvents(viewer: AuthenticatedMember | undefined): boolean {
  return viewer !== undefined && hasPermission(viewer.roles, Permission.ManageEvents);
}

/** Organisers must be able to create events themselves, so naming one never hands out more than they hold. */
export function canOrganise(roles: readonly Role[]): boolean {
  return hasPermission(roles, Permission.ManageEvents);
}

export function canSeeEvent(viewer: AuthenticatedMember | undefined, event: Pick<EventRecord, 'visibility'>): boolean {
  return viewer !== undefined || event.visibility === EventVisibility.Public;
}

export function canManageEvent(viewer: AuthenticatedMember | undefined, organiserIds: readonly string[]): boolean {
  if (!viewer) return false;
  if (hasPermission(viewer.roles, Permission.ManageAllEvents)) return true;
  return hasPermission(viewer.roles, Permission.ManageEvents) && organiserIds.includes(viewer.id);
}

export function canSeeJoinUrl(
  viewer: AuthenticatedMember | undefined,
  organiserIds: readonly string[],
  viewerStatus: RsvpStatus | undefined,
): boolean {
  return viewer !== undefined && (viewerStatus === RsvpStatus.Going || canManageEvent(viewer, organiserIds));
}

/** Answers are taken until the event starts, and never for a cancelled one. */
export function isOpenForAnswers(event: Pick<EventRecord, 'status' | 'startsAt'>, now = new Date()): boolean {
  return event.status === EventStatus.Scheduled && event.startsAt.getTime() > now.getTime();
}
