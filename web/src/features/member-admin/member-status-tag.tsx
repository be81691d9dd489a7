// A member's account status in words, coloured as well (the words carry the meaning).
import type { MemberStatus } from '../../gql/graphql';
import { MEMBER_STATUS_LABELS } from '../../components/member-labels';

const COLOUR: Record<MemberStatus, string> = {
  ACTIVE: 'tag--green',
  SUSPENDED: 'tag--red',
  DEACTIVATED: 'tag--grey',
};

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  return <strong className={`tag ${COLOUR[status]}`}>{MEMBER_STATUS_LABELS[status]}</strong>;
}
