// The admins' member list keeps its state in the address, like the directory: ?status=…&search=…, plus one
// `after` per page turned (the last cursor asks for the current page).
import type { MemberStatus } from '../../gql/graphql';
import { isMemberStatus } from '../../components/member-labels';

export const MEMBERS_PATH = '/admin/members';

export interface MembersFilters {
  status: MemberStatus | null;
  search: string;
}

export function readMembersFilters(params: URLSearchParams): MembersFilters {
  const status = params.get('status');
  return { status: isMemberStatus(status) ? status : null, search: params.get('search') ?? '' };
}

export function membersHref(filters: MembersFilters, cursors: string[] = []): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  const search = filters.search.trim();
  if (search) params.set('search', search);
  for (const cursor of cursors) params.append('after', cursor);
  const query = params.toString();
  return query ? `${MEMBERS_PATH}?${query}` : MEMBERS_PATH;
}
