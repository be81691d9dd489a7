// SQL for watching: threads a member follows (or has stopped following, which sticks) and spaces whose new
// threads they want to hear about.
import { MemberStatus } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canReadSql } from '../spaces/categories.policy';
import { CATEGORY_COLUMNS, type CategoryRecord } from '../spaces/category.record';
import { managerOf, type Tx } from '../../../database/unit-of-work';

@Injectable()
export class WatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's explicit choice; false is kept so posting or a mention does not start watching again. */
  async setThreadWatching(memberId: string, threadId: string, watching: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO thread_watch (member_id, thread_id, watching) VALUES ($1, $2, $3)
       ON CONFLICT (member_id, thread_id) DO UPDATE SET watching = EXCLUDED.watching`,
      [memberId, threadId, watching],
    );
  }

  /**
   * Starts watching for members who have made no choice about this thread yet, leaving out anyone who is not
   * active or cannot read its space.
   */
  async watchUnlessChosen(tx: Tx, threadId: string, memberIds: readonly string[]): Promise<void> {
    if (memberIds.length === 0) return;
    await managerOf(tx).query(
      `INSERT INTO thread_watch (member_id, thread_id, watching)
       SELECT m.id, t.id, true
       FROM member m JOIN thread t ON t.id = $2 JOIN category c ON c.id = t.category_id
       WHERE m.id = ANY($1::uuid[]) AND m.status = $3 AND ${canReadSql('m.roles', 'c')}
       ON CONFLICT (member_id, thread_id) DO NOTHING`,
      [memberIds, threadId, MemberStatus.Active],
    );
  }

  async findCategory(id: string): Promise<CategoryRecord | null> {
    const rows = await this.dataSource.query<CategoryRecord[]>(
      `SELECT ${CATEGORY_COLUMNS} FROM category c WHERE c.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async watchCategory(memberId: string, categoryId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO category_watch (member_id, category_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [memberId, categoryId],
    );
  }

  async unwatchCategory(memberId: string, categoryId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM category_watch WHERE member_id = $1 AND category_id = $2`, [
      memberId,
      categoryId,
    ]);
  }
}
