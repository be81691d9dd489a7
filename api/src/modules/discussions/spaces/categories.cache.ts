// Every discussion space, kept in memory: nearly every discussion request needs the spaces (who may read,
// start, reply) and they change only when an admin edits one. The copy is dropped on every change announced
// by the database (ChangeListener: any process, any writer) and, for read-your-writes in this process, right
// after this process's own writes commit. While changes cannot be heard, every call reads the table.
// Records are frozen: they are shared by concurrent requests.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ChangeListener } from '../../../database/change-listener';
import { CategoriesRepository } from './categories.repository';
import type { CategoryRecord } from './category.record';

@Injectable()
export class CategoriesCache implements OnModuleInit {
  private current: Promise<readonly CategoryRecord[]> | undefined;

  constructor(
    private readonly repository: CategoriesRepository,
    private readonly changes: ChangeListener,
  ) {}

  onModuleInit(): void {
    this.changes.subscribe('category', () => this.invalidate());
  }

  /** Every space, archived ones included, in the admins' order. */
  all(): Promise<readonly CategoryRecord[]> {
    if (!this.changes.ready) return this.load();
    if (this.current) return this.current;
    const loading = this.load();
    this.current = loading;
    // A failed read is not kept; one that an invalidation overtook is not kept either (current moved on).
    loading.catch(() => {
      if (this.current === loading) this.current = undefined;
    });
    return loading;
  }

  /** Reads the table now (and keeps what it read): for a space the copy may predate, whose change is still on its way. */
  refresh(): Promise<readonly CategoryRecord[]> {
    this.invalidate();
    return this.all();
  }

  invalidate(): void {
    this.current = undefined;
  }

  /** Runs a write to the category table and drops the copy once it has committed (or failed). */
  async afterWrite<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      this.invalidate();
    }
  }

  private async load(): Promise<readonly CategoryRecord[]> {
    const rows = await this.repository.list(true);
    for (const row of rows) {
      Object.freeze(row.readRoles);
      Object.freeze(row.startRoles);
      Object.freeze(row.replyRoles);
      Object.freeze(row);
    }
    return Object.freeze(rows);
  }
}
