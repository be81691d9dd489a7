// A member's account status in words, coloured as well (the words carry the meaning).
import type { MemberStatus } from '../../gql/graphql';
import { MEMBER_STATUS_LABELS } from '../profile/member-labels';

const COLOUR: Record<MemberStatus, string> = {
  ACTIVE: 'member-tag--green',
  SUSPENDED: 'member-tag--red',
  DEACTIVATED: 'member-tag--grey',
};

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  return <strong className={`tag member-tag ${COLOUR[status]}`}>{MEMBER_STATUS_LABELS[status]}</strong>;
}
