// TypeORM's raw query() answers UPDATE and DELETE with [rows, rowCount] (SELECT and INSERT with rows).
// This unwraps it, so `UPDATE … RETURNING` reads like any other query.
import type { EntityManager } from 'typeorm';

export async function updateReturning<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(sql, parameters);
  return rows;
}
