// Table tests for members.policy.ts: visitors and every role × the member's status, erasure, email choice and
// whether it is the viewer's own record.
import { MemberStatus, Role } from '@heritage/shared';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import { canManageMembers, canSeeEmail, canSeeMember, type MemberVisibility } from './members.policy';

const member = (role: Role): AuthenticatedMember => ({
  id: 'viewer',
  email: 'viewer@example.org',
  displayName: 'Viewer',
  roles: [role],
  sessionId: 's',
});
const VIEWERS: [string, AuthenticatedMember | undefined][] = [
  ['visitor', undefined],
  ...Object.values(Role).map((role): [string, AuthenticatedMember] => [role, member(role)]),
];
const TARGETS = Object.values(MemberStatus).flatMap((status) =>
  [false, true].flatMap((erased) =>
    [false, true].flatMap((showEmail) => [false, true].map((own) => ({ status, erased, showEmail, own }))),
  ),
);

describe.each(VIEWERS)('members.policy: %s', (_name, viewer) => {
  const admin = viewer?.roles[0] === Role.Admin;

  it('manages members', () => expect(canManageMembers(viewer)).toBe(admin));

  it.each(TARGETS)('$status, erased $erased, showEmail $showEmail, own $own', (t) => {
    const target: MemberVisibility = {
      id: t.own && viewer ? viewer.id : 'someone-else',
      status: t.status,
      showEmail: t.showEmail,
      erasedAt: t.erased ? new Date('2026-01-01T00:00:00Z') : null,
    };
    expect(canSeeMember(viewer, target)).toBe(!t.erased && (t.status === MemberStatus.Active || admin));
    expect(canSeeEmail(viewer, target)).toBe(t.showEmail || (t.own && viewer !== undefined) || admin);
  });
});
