// A discussion space (category row) as repositories read it, and the select list that reads it.
import type { Role } from '@heritage/shared';

/** A discussion space. Never exposed to GraphQL directly: see category.model.ts. */
export interface CategoryRecord {
  id: string;
  /** The web address: /discussions/<slug>. */
  slug: string;
  name: string;
  description: string;
  /** Admins' order; the list sorts by (position, id). */
  position: number;
  readRoles: Role[];
  startRoles: Role[];
  replyRoles: Role[];
  archivedAt: Date | null;
  /** Goes up on every edit of the space's form: the revision an edit starts from. */
  revision: number;
  editedAt: Date | null;
  editedById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list that reads a CategoryRecord from `category c`. */
export const CATEGORY_COLUMNS = `c.id, c.slug, c.name, c.description, c.position, c.read_roles AS "readRoles",
  c.start_roles AS "startRoles", c.reply_roles AS "replyRoles", c.archived_at AS "archivedAt",
  c.revision, c.edited_at AS "editedAt", c.edited_by_id AS "editedById", c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;
