import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { temporaryDatabase, TemporaryDatabase } from '../../../test/temporary-database';
import { loadConfig } from '../config/config';
import { dataSourceOptions, MIGRATIONS } from './data-source';
import { prepareDatabase } from './prepare-database';

describe('preparing the database at start', () => {
  let database: TemporaryDatabase;
  let dataDir: string;
  beforeEach(async () => {
    database = await temporaryDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'ideas-hub-prepare-'));
  });
  afterEach(async () => {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const config = (env: Record<string, string>) => ({ ...loadConfig({ SEED_DEMO_DATA: 'false', ...env }), dataDir });

  /** A database an older hub left behind: the first migration applied, the later ones not. */
  async function migrateOnlyTheFirst(): Promise<void> {
    const old = await new DataSource({ ...dataSourceOptions(database.url), migrations: MIGRATIONS.slice(0, 1) }).initialize();
    await old.runMigrations();
    await old.destroy();
  }

  async function executed(): Promise<string[]> {
    const db = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      return (await db.query(`SELECT name FROM schema_migrations ORDER BY id`)).map((row: { name: string }) => row.name);
    } finally {
      await db.destroy();
    }
  }

  it('with MIGRATIONS_RUN=false and migrations pending, refuses with one sentence naming them and what to run, and changes nothing', async () => {
    await migrateOnlyTheFirst();
    const pending = MIGRATIONS.slice(1).map((migration) => migration.name);

    const refusal = await prepareDatabase(database.url, config({ MIGRATIONS_RUN: 'false' })).catch((error: Error) => error);

    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toBe(
      `The database needs migrations ${pending.join(', ')}: start the hub once with MIGRATIONS_RUN=true (the default), which applies them under a lock so that other instances wait.`,
    );
    expect(await executed()).toEqual([MIGRATIONS[0].name]);
  });

  it('with MIGRATIONS_RUN=false and nothing pending, starts', async () => {
    await prepareDatabase(database.url, config({}));
    await expect(prepareDatabase(database.url, config({ MIGRATIONS_RUN: 'false' }))).resolves.toMatchObject({ migrationsRun: [] });
  });

  it('by default applies what is pending', async () => {
    await migrateOnlyTheFirst();
    const prepared = await prepareDatabase(database.url, config({}));
    expect(prepared.migrationsRun).toEqual(MIGRATIONS.slice(1).map((migration) => migration.name));
    expect(await executed()).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
