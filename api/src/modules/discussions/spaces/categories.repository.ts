// SQL for discussion spaces: the ordered list, lookups, inserts and updates, and the locks that keep the
// order consistent when admins create or move spaces at the same time.
import type { Role } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { updateReturning } from '../../../database/update-returning';
import { CATEGORY_COLUMNS, type CategoryRecord } from './category.record';
import { managerOf, managerOr, type Tx } from '../../../database/unit-of-work';
import { AUTHOR_COLUMNS, type AuthorRecord } from '../posts/author.record';

/** What an admin sets on a space. */
export interface CategoryFields {
  slug: string;
  name: string;
  description: string;
  readRoles: Role[];
  startRoles: Role[];
  replyRoles: Role[];
}

/** Whether `error` is the unique slug constraint refusing a write (another admin took the slug first). */
export function isSlugConflict(error: unknown): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === 'category_slug_key';
}

@Injectable()
export class CategoriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every space (or only live ones) in the admins' order. */
  list(includeArchived: boolean, tx?: Tx): Promise<CategoryRecord[]> {
    return managerOr(tx, this.dataSource).query<CategoryRecord[]>(
      `SELECT ${CATEGORY_COLUMNS} FROM category c
       ${includeArchived ? '' : 'WHERE c.archived_at IS NULL'}
       ORDER BY c.position, c.id`,
    );
  }

  async findBySlug(slug: string): Promise<CategoryRecord | undefined> {
    const rows = await this.dataSource.query<CategoryRecord[]>(
      `SELECT ${CATEGORY_COLUMNS} FROM category c WHERE c.slug = $1`,
      [slug],
    );
    return rows[0];
  }

  async lockById(tx: Tx, id: string): Promise<CategoryRecord | undefined> {
    const rows = await managerOf(tx).query<CategoryRecord[]>(
      `SELECT ${CATEGORY_COLUMNS} FROM category c WHERE c.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /**
   * Serialises changes to the order (creating at the end, moving) for the rest of the transaction, and
   * locks every space in order: a move then reads neighbours no one else can change underneath it.
   */
  async lockOrder(tx: Tx): Promise<CategoryRecord[]> {
    await managerOf(tx).query(`SELECT pg_advisory_xact_lock(hashtext('heritage-cop:category-order'))`);
    return managerOf(tx).query<CategoryRecord[]>(
      `SELECT ${CATEGORY_COLUMNS} FROM category c ORDER BY c.position, c.id FOR UPDATE`,
    );
  }

  async slugTaken(tx: Tx, slug: string, exceptId: string | null): Promise<boolean> {
    const rows = await managerOf(tx).query<unknown[]>(
      `SELECT 1 FROM category WHERE slug = $1 AND id IS DISTINCT FROM $2`,
      [slug, exceptId],
    );
    return rows.length > 0;
  }

  async insert(tx: Tx, fields: CategoryFields, position: number): Promise<CategoryRecord> {
    const rows = await managerOf(tx).query<CategoryRecord[]>(
      `INSERT INTO category AS c (slug, name, description, position, read_roles, start_roles, reply_roles)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING ${CATEGORY_COLUMNS}`,
      [fields.slug, fields.name, fields.description, position, fields.readRoles, fields.startRoles, fields.replyRoles],
    );
    return rows[0];
  }

  /** The space's form; raises the revision an edit starts from. */
  async update(tx: Tx, id: string, editorId: string, fields: CategoryFields): Promise<CategoryRecord> {
    const rows = await updateReturning<CategoryRecord>(
      managerOf(tx),
      `UPDATE category c SET slug = $2, name = $3, description = $4, read_roles = $5, start_roles = $6,
         reply_roles = $7, revision = c.revision + 1, edited_at = now(), edited_by_id = $8, updated_at = now()
       WHERE c.id = $1
       RETURNING ${CATEGORY_COLUMNS}`,
      [
        id,
        fields.slug,
        fields.name,
        fields.description,
        fields.readRoles,
        fields.startRoles,
        fields.replyRoles,
        editorId,
      ],
    );
    return rows[0];
  }

  /** Who last edited a space, as the conflict screen names them. */
  async editor(tx: Tx, memberId: string): Promise<AuthorRecord | undefined> {
    const rows = await managerOf(tx).query<AuthorRecord[]>(`SELECT ${AUTHOR_COLUMNS} FROM member m WHERE m.id = $1`, [
      memberId,
    ]);
    return rows[0];
  }

  async setPosition(tx: Tx, id: string, position: number): Promise<CategoryRecord> {
    const rows = await updateReturning<CategoryRecord>(
      managerOf(tx),
      `UPDATE category c SET position = $2, updated_at = now() WHERE c.id = $1 RETURNING ${CATEGORY_COLUMNS}`,
      [id, position],
    );
    return rows[0];
  }

  async setArchived(tx: Tx, id: string, archived: boolean): Promise<CategoryRecord> {
    const rows = await updateReturning<CategoryRecord>(
      managerOf(tx),
      `UPDATE category c SET archived_at = CASE WHEN $2::boolean THEN now() END, updated_at = now() WHERE c.id = $1
       RETURNING ${CATEGORY_COLUMNS}`,
      [id, archived],
    );
    return rows[0];
  }
}
