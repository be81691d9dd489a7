// The one way to run a transaction. A service calls `uow.run(async (tx) => …)` and passes `tx` to every
// repository method of that unit, so every statement of the unit runs on the unit's one connection: a
// service cannot ask the pool for a second connection while it holds locks (with a pool of N and N units
// each waiting for another connection, that wait never ended). `Tx` is opaque: only repositories (and the
// seed, CLI and tests, which start their own transactions) turn it back into TypeORM's EntityManager.
// The handle is explicit rather than carried in AsyncLocalStorage, which would cost every request.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

declare const TX: unique symbol;

/** A unit of work in progress: pass it on, never look inside (repositories unwrap it with managerOf). */
export interface Tx {
  readonly [TX]: 'unit of work';
}

/** The transaction isolation levels PostgreSQL offers; the default is READ COMMITTED. */
export type Isolation = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction on one pooled connection: commits when it resolves, rolls back when it
   * throws. Waiting for the connection is bounded by DATABASE_ACQUIRE_TIMEOUT_MS, and every statement by
   * the statement, lock and idle-in-transaction timeouts (see migrations/data-source.ts).
   */
  run<T>(work: (tx: Tx) => Promise<T>, isolation?: Isolation): Promise<T> {
    const body = (manager: EntityManager) => work(unitOf(manager));
    return isolation ? this.dataSource.transaction(isolation, body) : this.dataSource.transaction(body);
  }
}

/** For repositories: the unit's EntityManager. */
export function managerOf(tx: Tx): EntityManager {
  return tx as unknown as EntityManager;
}

/** For repositories whose reads also run outside a unit: the unit's manager, else the pool's. */
export function managerOr(tx: Tx | undefined, dataSource: DataSource): EntityManager {
  return tx ? managerOf(tx) : dataSource.manager;
}

/** For code that starts its own transaction (seed, CLI, tests): the handle repositories take. */
export function unitOf(manager: EntityManager): Tx {
  return manager as unknown as Tx;
}
