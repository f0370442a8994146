/** The little of pg (a dependency of TypeORM's driver, with no types installed) that the fault tests use. */
declare module 'pg' {
  export class Client {
    constructor(config: { connectionString: string; connectionTimeoutMillis?: number });
    connect(): Promise<void>;
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
    end(): Promise<void>;
  }
}
