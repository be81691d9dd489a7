// Table tests for events.policy.ts: visitors and every role × organiser or not × answer × visibility and status.
import { EventStatus, EventVisibility, Role, RsvpStatus } from '@heritage/shared';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import {
  canCreateEvents,
  canManageEvent,
  canOrganise,
  canSeeEvent,
  canSeeJoinUrl,
  isOpenForAnswers,
} from './events.policy';

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
const ORGANISERS: Role[] = [Role.AdvisoryGroup, Role.Moderator, Role.Admin];
const ANSWERS = [undefined, ...Object.values(RsvpStatus)];

describe('events.policy', () => {
  describe.each(VIEWERS)('%s', (_name, viewer) => {
    const role = viewer?.roles[0];
    const organiser = role !== undefined && ORGANISERS.includes(role);

    it('creates events and may be named an organiser', () => {
      expect(canCreateEvents(viewer)).toBe(organiser);
      if (role) expect(canOrganise([role])).toBe(organiser);
    });

    it.each(Object.values(EventVisibility))('sees a %s event', (visibility) => {
      expect(canSeeEvent(viewer, { visibility })).toBe(viewer !== undefined || visibility === EventVisibility.Public);
    });

    it.each([true, false])(
      'manages an event (named organiser: %s), and sees the join link for each answer',
      (named) => {
        const ids = named ? ['viewer'] : ['someone-else'];
        const manages = role === Role.Admin || (organiser && named);
        expect(canManageEvent(viewer, ids)).toBe(manages);
        for (const answer of ANSWERS) {
          expect(canSeeJoinUrl(viewer, ids, answer)).toBe(
            viewer !== undefined && (answer === RsvpStatus.Going || manages),
          );
        }
      },
    );
  });

  const NOW = new Date('2026-06-01T12:00:00Z');
  it.each([
    [EventStatus.Scheduled, '2026-06-01T12:00:01Z', true],
    [EventStatus.Scheduled, '2026-06-01T12:00:00Z', false],
    [EventStatus.Scheduled, '2026-05-31T12:00:00Z', false],
    [EventStatus.Cancelled, '2026-07-01T12:00:00Z', false],
  ] as const)('answers to a %s event starting %s are open: %s', (status, startsAt, open) => {
    expect(isOpenForAnswers({ status, startsAt: new Date(startsAt) }, NOW)).toBe(open);
  });
});
