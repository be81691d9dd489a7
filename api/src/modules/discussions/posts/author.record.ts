// The member columns shown beside what a member wrote (author, mentioned member, reactor), and their select list.

import type { MemberStatus, Role } from '@heritage/shared';

/** The member columns an author needs, as the loaders read them. */
export interface AuthorRecord {
  id: string;
  displayName: string;
  organisation: string | null;
  roles: Role[];
  status: MemberStatus;
  erasedAt: Date | null;
}

/** The select list that reads an AuthorRecord from `member m`. */
export const AUTHOR_COLUMNS = `m.id, m.display_name AS "displayName", m.organisation, m.roles, m.status,
  m.erased_at AS "erasedAt"`;
