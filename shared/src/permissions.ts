// What each role may do. The API's guard checks these on every operation; the web uses them only to decide
// what to show (the API is the authority).
import { Role } from './roles';

export enum Permission {
  /** Any signed-in, active member. */
  SignedIn = 'SIGNED_IN',
  ViewDirectory = 'VIEW_DIRECTORY',
  ReviewApplications = 'REVIEW_APPLICATIONS',
  InviteMembers = 'INVITE_MEMBERS',
  ManageMembers = 'MANAGE_MEMBERS',
  ReadAuditLog = 'READ_AUDIT_LOG',
  /** Discussion spaces: create, edit, order, archive. */
  ManageSpaces = 'MANAGE_SPACES',
  /**
   * @deprecated The old name of ManageSpaces (a deprecated value of the schema's Permission enum): held with it,
   * never required. Removed with the other category-named spellings (docs/api.md, "Spaces, not categories").
   */
  ManageCategories = 'MANAGE_CATEGORIES',
  /** Pin, lock and move threads; hide and restore posts; resolve reports; see revisions and hidden posts. */
  ModerateDiscussions = 'MODERATE_DISCUSSIONS',
  /** Create events, and manage the events one organises (edit, cancel, attendees, messages). */
  ManageEvents = 'MANAGE_EVENTS',
  /** Manage every event, whoever organises it. */
  ManageAllEvents = 'MANAGE_ALL_EVENTS',
  /** Add "other" outcome measures to the list case studies choose from. */
  ManageOutcomeMeasures = 'MANAGE_OUTCOME_MEASURES',
  /** The impact report over a date range, and its CSV export (audited). */
  ViewImpactReport = 'VIEW_IMPACT_REPORT',
  /** Review heritage offers (publish or reject), and edit or confirm any offer on its organisation's behalf. */
  ReviewOffers = 'REVIEW_OFFERS',
  /**
   * Post advisory group updates (UPDATE threads), in whichever space one may start threads. Updates reach every
   * member (the home page, a notification to all readers).
   */
  PostUpdates = 'POST_UPDATES',
}

const MEMBER: Permission[] = [Permission.SignedIn, Permission.ViewDirectory];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.Member]: MEMBER,
  [Role.AdvisoryGroup]: [...MEMBER, Permission.ManageEvents, Permission.ViewImpactReport, Permission.PostUpdates],
  [Role.Moderator]: [...MEMBER, Permission.ModerateDiscussions, Permission.ManageEvents],
  [Role.Admin]: [
    ...MEMBER,
    Permission.ReviewApplications,
    Permission.InviteMembers,
    Permission.ManageMembers,
    Permission.ReadAuditLog,
    Permission.ManageSpaces,
    Permission.ModerateDiscussions,
    Permission.ManageEvents,
    Permission.ManageAllEvents,
    Permission.ManageOutcomeMeasures,
    Permission.ViewImpactReport,
    Permission.ReviewOffers,
    Permission.PostUpdates,
  ],
};

/**
 * Permissions renamed in the schema, [old, new]: whoever holds the new name holds the old one too, so a client
 * still testing `Viewer.permissions` for the old name keeps working until it is removed. The code checks the new.
 */
export const RENAMED_PERMISSIONS: readonly (readonly [old: Permission, current: Permission])[] = [
  // The one place the old name is kept.
  [Permission.ManageCategories, Permission.ManageSpaces],
];

/** The deprecated values of the schema's Permission enum, with what to use instead. */
export const DEPRECATED_PERMISSIONS: ReadonlyMap<Permission, string> = new Map(
  RENAMED_PERMISSIONS.map(([old, current]) => [old, `Use ${current} instead.`]),
);

/** The answers so far, by role list: a request asks for the same few role lists tens of times. */
const HELD_BY_ROLES = new Map<string, ReadonlySet<Permission>>();
/** More distinct role lists than the roles allow are not kept (there are at most a few dozen). */
const HELD_KEPT = 64;

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  const key = roles.join(' ');
  const known = HELD_BY_ROLES.get(key);
  if (known) return known;
  const held = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
  for (const [old, current] of RENAMED_PERMISSIONS) if (held.has(current)) held.add(old);
  if (HELD_BY_ROLES.size < HELD_KEPT) HELD_BY_ROLES.set(key, held);
  return held;
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}
