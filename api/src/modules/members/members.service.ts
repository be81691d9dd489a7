// Members: profiles and the directory, the admin's roles and suspensions, and a member's own data (export
// and erasure). Every admin change and erasure is one transaction with its audit entry.
import { LIMITS, MemberStatus, Role, Sector, AuditAction } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { MemberDataOwners, type MemberDataSection } from '../../common/member-data/member-data';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors/app-errors';
import { type Connection, cursorCodec, pageSize, Part, toConnection } from '../../common/graphql/connection';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from '../auth/auth.repository';
import { AuthService } from '../auth/auth.service';
import type { DirectoryArgs, MembersArgs } from './dto/members.args';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { type MemberProfile, toMemberProfile } from './member.model';
import type { MemberRecord } from './member.record';
import { type MemberFilter, type MemberPageRow, MembersRepository, type ProfileFields } from './members.repository';
import { canSeeMember } from './members.policy';

/** Directory and admin lists: (lower(display_name), id). */
const MEMBERS_CURSOR = cursorCodec('members', Part.text, Part.uuid);

/** Roles in the order they are shown and stored. */
const ROLE_ORDER = [Role.Member, Role.AdvisoryGroup, Role.Moderator, Role.Admin];

const notFound = () => new NotFoundError('We could not find that member');

/** The file a member downloads: what we hold, and when it was read. */
export type MemberDataFile = { exportedAt: string; profile: Omit<MemberRecord, 'erasedAt'> } & MemberDataSection;

@Injectable()
export class MembersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: MembersRepository,
    private readonly authRepository: AuthRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly memberData: MemberDataOwners,
  ) {}

  async profile(viewer: AuthenticatedMember, id: string): Promise<MemberProfile> {
    const member = await this.repository.findById(id);
    if (!member || !canSeeMember(viewer, member)) throw notFound();
    return toMemberProfile(member, viewer);
  }

  async myProfile(viewer: AuthenticatedMember): Promise<MemberProfile> {
    const member = await this.repository.findById(viewer.id);
    if (!member) throw notFound();
    return toMemberProfile(member, viewer);
  }

  /** Active members, filtered, in name order. */
  directory(viewer: AuthenticatedMember, args: DirectoryArgs): Promise<Connection<MemberProfile>> {
    return this.page(viewer, args, {
      activeOnly: true,
      search: args.search || undefined,
      sector: args.sector ?? undefined,
      region: args.region ?? undefined,
      interest: args.interest ?? undefined,
      takesReferrals: args.takesReferrals ?? undefined,
      roles: args.roles?.length ? args.roles : undefined,
    });
  }

  /** Admins: members of any status (never erased ones), in name order. */
  members(viewer: AuthenticatedMember, args: MembersArgs): Promise<Connection<MemberProfile>> {
    return this.page(viewer, args, {
      activeOnly: false,
      status: args.status ?? undefined,
      search: args.search || undefined,
    });
  }

  private async page(
    viewer: AuthenticatedMember,
    args: { first?: number | null; after?: string | null },
    filter: MemberFilter,
  ): Promise<Connection<MemberProfile>> {
    // A variable sent as null arrives as null, not undefined: both mean "not given".
    const limit = pageSize({ first: args.first ?? undefined });
    const rows = await this.repository.page(filter, MEMBERS_CURSOR.decode(args.after), limit);
    return toConnection(
      rows,
      limit,
      MEMBERS_CURSOR,
      (row: MemberPageRow) => [row.sortKey, row.id],
      (row) => toMemberProfile(row, viewer),
    );
  }

  async updateProfile(viewer: AuthenticatedMember, input: UpdateProfileInput): Promise<MemberProfile> {
    const sector = input.sector ?? null;
    const sectorOther = sector === Sector.Other ? input.sectorOther || null : null;
    if (sector === Sector.Other && !sectorOther) throw UserInputError.field('sectorOther', 'Tell us your sector');
    const fields: ProfileFields = {
      displayName: input.displayName,
      pronouns: input.pronouns || null,
      organisation: input.organisation || null,
      jobTitle: input.jobTitle || null,
      sector,
      sectorOther,
      region: input.region ?? null,
      bio: input.bio ?? '',
      interests: input.interests ?? [],
      activityTypes: input.activityTypes ?? [],
      takesReferrals: input.takesReferrals ?? false,
      showEmail: input.showEmail ?? false,
    };
    const updated = await this.repository.updateProfile(viewer.id, fields);
    if (!updated) throw notFound();
    return toMemberProfile(updated, viewer);
  }

  /** MEMBER is always kept; an admin cannot take away their own ADMIN role (someone else must). */
  async setRoles(actor: AuthenticatedMember, memberId: string, roles: Role[]): Promise<MemberProfile> {
    const next = ROLE_ORDER.filter((role) => role === Role.Member || roles.includes(role));
    return this.uow.run(async (m) => {
      const target = await this.lockMember(m, memberId);
      if (target.id === actor.id && target.roles.includes(Role.Admin) && !next.includes(Role.Admin)) {
        throw UserInputError.field('roles', 'You cannot remove your own administrator role');
      }
      const updated = await this.repository.setRoles(m, target.id, next);
      await this.audit.record(m, {
        actorId: actor.id,
        action: AuditAction.MemberRolesChanged,
        targetType: 'MEMBER',
        targetId: target.id,
        details: { before: target.roles, after: next },
      });
      return toMemberProfile(updated, actor);
    });
  }

  /** Suspends and, in the same transaction, ends every session: the member is signed out at once. */
  async suspend(actor: AuthenticatedMember, memberId: string, reason: string): Promise<MemberProfile> {
    if (memberId === actor.id) throw UserInputError.field('memberId', 'You cannot suspend your own account');
    return this.uow.run(async (m) => {
      const target = await this.lockMember(m, memberId);
      if (target.status === MemberStatus.Suspended) throw new ConflictError('This member is already suspended');
      if (target.status !== MemberStatus.Active) throw new ConflictError('Only an active member can be suspended');
      const updated = await this.repository.setStatus(m, target.id, MemberStatus.Suspended, reason);
      const sessionsEnded = await this.authRepository.revokeMemberSessions(m, target.id);
      await this.audit.record(m, {
        actorId: actor.id,
        action: AuditAction.MemberSuspended,
        targetType: 'MEMBER',
        targetId: target.id,
        reason,
        details: { sessionsEnded },
      });
      return toMemberProfile(updated, actor);
    });
  }

  async reinstate(actor: AuthenticatedMember, memberId: string, reason: string): Promise<MemberProfile> {
    return this.uow.run(async (m) => {
      const target = await this.lockMember(m, memberId);
      if (target.status === MemberStatus.Active) throw new ConflictError('This member is already active');
      const updated = await this.repository.setStatus(m, target.id, MemberStatus.Active, reason);
      await this.audit.record(m, {
        actorId: actor.id,
        action: AuditAction.MemberReinstated,
        targetType: 'MEMBER',
        targetId: target.id,
        reason,
        details: { from: target.status },
      });
      return toMemberProfile(updated, actor);
    });
  }

  async exportData(member: AuthenticatedMember): Promise<MemberDataFile> {
    // One snapshot: every part of the file as it was at one moment.
    const data = await this.uow.run(async (tx) => {
      const profile = await this.repository.exportProfile(tx, member.id);
      // Every module's own rows of the member (MemberDataOwners), in the same snapshot.
      return profile && { profile, ...(await this.memberData.exportFor(tx, { id: member.id, email: profile.email })) };
    }, 'REPEATABLE READ');
    if (!data) throw notFound();
    return { exportedAt: new Date().toISOString(), ...data };
  }

  /**
   * Deletes the account: checks the password, then erases personal data and ends every session in one
   * transaction. A wrong password changes nothing.
   */
  async deleteAccount(member: AuthenticatedMember, password: string, address: string): Promise<void> {
    if (password.length > LIMITS.passwordMax) {
      throw UserInputError.field('password', 'Your current password is not correct');
    }
    await this.auth.assertPassword(member, password, 'password', address);
    await this.uow.run(async (m) => {
      const admins = await this.repository.lockActiveAdminIds(m);
      if (admins.length === 1 && admins[0] === member.id) {
        throw new ConflictError(
          'You are the only administrator. Make another member an administrator before you delete your account.',
        );
      }
      const subject = await this.repository.erasable(m, member.id);
      if (!subject) throw notFound();
      // Each module erases its own rows (the events module first gives their places to the waiting lists, and
      // those promoted are told); then the profile is blanked.
      const removed = await this.memberData.erase(m, subject);
      if (!(await this.repository.erase(m, member.id))) throw notFound();
      await this.audit.record(m, {
        actorId: member.id,
        action: AuditAction.AccountDeleted,
        targetType: 'MEMBER',
        targetId: member.id,
        details: { removed },
      });
    });
  }

  private async lockMember(tx: Tx, id: string): Promise<MemberRecord> {
    const member = await this.repository.lockById(tx, id);
    if (!member) throw notFound();
    return member;
  }
}
