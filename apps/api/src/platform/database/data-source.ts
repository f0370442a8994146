import type { DataSourceOptions, MigrationInterface } from 'typeorm';

/**
 * What the app's database is made of. The ground floor knows no domain: the app hands it the entities and
 * migrations where it is composed (`src/schema.ts`).
 */
export interface DatabaseSchema {
  entities: readonly (abstract new (...args: never[]) => object)[];
  /** Oldest first. */
  migrations: readonly (new () => MigrationInterface)[];
}

export function dataSourceOptions(url: string, schema: DatabaseSchema): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    migrationsTableName: 'schema_migrations',
    // The schema comes only from migrations.
    synchronize: false,
    migrationsRun: false,
    // TypeORM's logger prints statements with their parameters (emails, hashes, receipt codes): never turn it on,
    // nor maxQueryExecutionTime, whose slow-query line prints them at any logging setting. Errors are logged by
    // the hub's own logger, through platform/logging/safe-error.ts.
    logging: false,
    extra: {
      max: 20,
      application_name: 'ideas-hub',
      // Bounds the wait for a connection (a new one, or a free one from the pool) so that a database that
      // does not answer fails requests with SERVICE_UNAVAILABLE instead of holding them; a refused one fails at once.
      connectionTimeoutMillis: 10_000,
      // TCP keep-alive finds a connection whose server vanished; the pool drops a client once it errors.
      keepAlive: true,
    },
  };
}
