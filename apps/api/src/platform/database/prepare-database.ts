import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, EntityManager, MigrationExecutor } from 'typeorm';
import { AppConfig, ConfigError } from '../config/config';
import { AdvisoryLocksRepository } from './advisory-locks.repository';
import { dataSourceOptions, DatabaseSchema } from './data-source';

// Any fixed number: every instance that starts at once waits on the same lock.
const MIGRATION_LOCK = 7_201_611;

/** Demo data for a new hub, handed to preparation where the app is composed (main.ts): the ground floor knows no domain. */
export interface DatabaseSeed {
  /** True while the database holds nothing the seed would clash with: only then is it planted. */
  isEmpty(manager: EntityManager): Promise<boolean>;
  plant(manager: EntityManager, password: string): Promise<void>;
}

export interface PreparedDatabase {
  migrationsRun: string[];
  seeded: boolean;
  /** The demo accounts' password when it is known here (set, or generated on this machine). */
  demoPassword: string | null;
}

async function demoPassword(config: AppConfig, generateIfMissing: boolean): Promise<string | null> {
  if (config.demoPassword) return config.demoPassword;
  const file = join(config.dataDir, 'demo-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (!generateIfMissing) return null;
  const generated = randomBytes(9).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, generated, { mode: 0o600 });
  return generated;
}

/**
 * Brings the schema up to date and, on an empty database, plants the seed (when given and SEED_DEMO_DATA allows).
 * An advisory lock makes this safe when several instances start together.
 */
export async function prepareDatabase(
  url: string,
  config: AppConfig,
  schema: DatabaseSchema,
  seed?: DatabaseSeed,
): Promise<PreparedDatabase> {
  const db = await new DataSource(dataSourceOptions(url, schema)).initialize();
  // Session-level lock: it must be taken and released on one and the same connection.
  const lockHolder = db.createQueryRunner();
  try {
    await new AdvisoryLocksRepository().waitForSessionLock(lockHolder, MIGRATION_LOCK);
    if (!config.migrationsRun) {
      const pending = await new MigrationExecutor(db).getPendingMigrations();
      if (pending.length) {
        const names = pending.map((migration) => migration.name).join(', ');
        throw new ConfigError(
          `The database needs migrations ${names}: start the hub once with MIGRATIONS_RUN=true (the default), ` +
            'which applies them under a lock so that other instances wait.',
        );
      }
    }
    const migrations = config.migrationsRun ? await db.runMigrations({ transaction: 'each' }) : [];
    const seeded = seed !== undefined && config.seedDemoData && (await seed.isEmpty(db.manager));
    const password = await demoPassword(config, seeded);
    if (seeded) await db.transaction((manager) => seed.plant(manager, password!));
    return { migrationsRun: migrations.map((migration) => migration.name), seeded, demoPassword: password };
  } finally {
    await lockHolder.release();
    await db.destroy();
  }
}
