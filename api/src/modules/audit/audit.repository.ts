// SQL for the audit log: appending an entry in the deciding unit of work, and the admins' newest-first pages.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';

export interface AuditRow {
  id: string;
  action: string;
  actorName: string | null;
  targetType: string;
  targetId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
  createdAtKey: string;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    tx: Tx,
    entry: {
      actorId: string | null;
      action: string;
      targetType: string;
      targetId: string | null;
      reason: string | null;
      details: Record<string, unknown>;
    },
  ): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actorId, entry.action, entry.targetType, entry.targetId, entry.reason, JSON.stringify(entry.details)],
    );
  }

  /** Newest first, keyset on (created_at, id). */
  page(targetId: string | undefined, after: unknown[] | undefined, limit: number): Promise<AuditRow[]> {
    return this.dataSource.query<AuditRow[]>(
      `SELECT l.id, l.action, a.display_name AS "actorName", l.target_type AS "targetType", l.target_id AS "targetId",
              l.reason, l.details, l.created_at AS "createdAt", l.created_at::text AS "createdAtKey"
       FROM audit_log l LEFT JOIN member a ON a.id = l.actor_id
       WHERE ($1::uuid IS NULL OR l.target_id = $1)
         AND ($2::timestamptz IS NULL OR (l.created_at, l.id) < ($2::timestamptz, $3::uuid))
       ORDER BY l.created_at DESC, l.id DESC
       LIMIT $4`,
      [targetId ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
  }
}
