// Member roles and statuses. A member may hold several roles.
export enum Role {
  Member = 'MEMBER',
  AdvisoryGroup = 'ADVISORY_GROUP',
  Moderator = 'MODERATOR',
  Admin = 'ADMIN',
}

export enum MemberStatus {
  Active = 'ACTIVE',
  Suspended = 'SUSPENDED',
  Deactivated = 'DEACTIVATED',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Member]: 'Member',
  [Role.AdvisoryGroup]: 'Advisory group',
  [Role.Moderator]: 'Moderator',
  [Role.Admin]: 'Administrator',
};
