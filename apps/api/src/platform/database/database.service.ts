import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * Where a repository's SQL runs: the pool (`Database.pool`) or one transaction (what `Database.transaction`
 * hands its work). Every repository method takes one as its first argument, so that a statement inside a
 * transaction can never run on the pool by mistake.
 */
export type Queryable = Pick<EntityManager, 'query'>;

/** The one way services reach PostgreSQL: the pool for single statements, and transactions around several. */
@Injectable()
export class Database {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get pool(): Queryable {
    return this.dataSource;
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }
}

/**
 * The rows a statement returns. TypeORM hands back `[rows, rowCount]` for UPDATE and DELETE and the rows
 * for anything else; a row is never an array, so the two cannot be mistaken for each other.
 */
export async function rows<Row>(db: Queryable, sql: string, params: unknown[] = []): Promise<Row[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }
  return result as Row[];
}

/** The first row a statement returns, or undefined when it returns none. */
export async function firstRow<Row>(db: Queryable, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  const [row] = await rows<Row>(db, sql, params);
  return row;
}

/** How many rows an UPDATE or DELETE changed. */
export async function affectedRows(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const result: unknown = await db.query(sql, params);
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
