import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { temporaryDatabase, TemporaryDatabase } from '../../../test/temporary-database';
import { MIGRATIONS, SCHEMA } from '../../schema';
import { AppConfig, loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { prepareDatabase, PreparedDatabase } from './prepare-database';

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

  const config = (env: Record<string, string>): AppConfig => ({ ...loadConfig({ SEED_DEMO_DATA: 'false', ...env }), dataDir });
  const prepare = (env: Record<string, string>): Promise<PreparedDatabase> => prepareDatabase(database.url, config(env), SCHEMA);

  /** A database an older hub left behind: the first migration applied, the later ones not. */
  async function migrateOnlyTheFirst(): Promise<void> {
    const old = await new DataSource({ ...dataSourceOptions(database.url, SCHEMA), migrations: MIGRATIONS.slice(0, 1) }).initialize();
    await old.runMigrations();
    await old.destroy();
  }

  async function executed(): Promise<string[]> {
    const db = await new DataSource(dataSourceOptions(database.url, SCHEMA)).initialize();
    try {
      return (await db.query(`SELECT name FROM schema_migrations ORDER BY id`)).map((row: { name: string }) => row.name);
    } finally {
      await db.destroy();
    }
  }

  describe('with MIGRATIONS_RUN=false', () => {
    it('and migrations pending, refuses with one sentence naming them and what to run, and changes nothing', async () => {
      await migrateOnlyTheFirst();
      const pending = MIGRATIONS.slice(1).map((migration) => migration.name);

      const refusal = await prepare({ MIGRATIONS_RUN: 'false' }).catch((error: Error) => error);

      expect(refusal).toBeInstanceOf(Error);
      expect((refusal as Error).message).toBe(
        `The database needs migrations ${pending.join(', ')}: start the hub once with MIGRATIONS_RUN=true (the default), ` +
          'which applies them under a lock so that other instances wait.',
      );
      expect(await executed()).toEqual([MIGRATIONS[0].name]);
    });

    it('and nothing pending, starts', async () => {
      await prepare({});
      await expect(prepare({ MIGRATIONS_RUN: 'false' })).resolves.toMatchObject({ migrationsRun: [] });
    });
  });

  it('by default applies what is pending', async () => {
    await migrateOnlyTheFirst();
    const prepared = await prepare({});
    expect(prepared.migrationsRun).toEqual(MIGRATIONS.slice(1).map((migration) => migration.name));
    expect(await executed()).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
