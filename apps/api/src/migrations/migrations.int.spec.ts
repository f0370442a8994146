import { DataSource } from 'typeorm';
import { temporaryDatabase, TemporaryDatabase } from '../../test/temporary-database';
import { dataSourceOptions } from '../platform/database/data-source';
import { MIGRATIONS, SCHEMA } from '../schema';
import { seedDemoData } from '../seed/demo-data';

type Counts = Record<string, number>;

/** Rows in every table but TypeORM's own bookkeeping. */
async function rowCounts(db: DataSource): Promise<Counts> {
  const tables: { name: string }[] = await db.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY tablename`,
  );
  const counts: Counts = {};
  for (const { name } of tables) counts[name] = (await db.query(`SELECT count(*)::int AS n FROM "${name}"`))[0].n;
  return counts;
}

/** Columns, constraints, indexes and triggers: what a down() followed by its up() must give back exactly. */
async function schema(db: DataSource): Promise<string[]> {
  const rows: { line: string }[] = await db.query(`
    SELECT format('column %s.%s %s %s default %s', table_name, column_name, data_type, is_nullable,
                  coalesce(column_default, generation_expression, '-')) AS line
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL
    SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL
    SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT format('trigger %s', pg_get_triggerdef(oid)) FROM pg_trigger WHERE NOT tgisinternal
    ORDER BY 1`);
  return rows.map((row) => row.line);
}

const executed = async (db: DataSource) =>
  (await db.query(`SELECT name FROM schema_migrations ORDER BY id`)).map((row: { name: string }) => row.name);

describe('the migrations', () => {
  let database: TemporaryDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await temporaryDatabase();
    db = await new DataSource(dataSourceOptions(database.url, SCHEMA)).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it(`each of the ${MIGRATIONS.length} runs down and up again on a seeded database, giving back its rows and its schema`, async () => {
    await db.runMigrations({ transaction: 'each' });
    await db.transaction((manager) => seedDemoData(manager, 'migration-test-password'));
    const seeded = await rowCounts(db);
    console.log(`seeded rows per table: ${JSON.stringify(seeded)}`);

    // From the newest down: each in turn is undone and redone on the data the seed left in the tables before it.
    for (let index = MIGRATIONS.length - 1; index >= 0; index--) {
      const name = MIGRATIONS[index].name;
      // Knows the migrations up to this one only, so that running them redoes this one and nothing newer.
      const upToHere = await new DataSource({
        ...dataSourceOptions(database.url, SCHEMA),
        migrations: MIGRATIONS.slice(0, index + 1),
      }).initialize();
      try {
        const before = { counts: await rowCounts(upToHere), schema: await schema(upToHere) };
        await upToHere.undoLastMigration({ transaction: 'each' });
        const between = await rowCounts(upToHere);
        await upToHere.runMigrations({ transaction: 'each' });
        const after = { counts: await rowCounts(upToHere), schema: await schema(upToHere) };

        expect({ name, schema: after.schema }).toEqual({ name, schema: before.schema });
        // Tables the migration created come back (empty but for what it inserts itself); every other table keeps its rows.
        expect({ name, tables: Object.keys(after.counts) }).toEqual({ name, tables: Object.keys(before.counts) });
        const kept = Object.fromEntries(Object.keys(between).map((table) => [table, after.counts[table]]));
        const expected = Object.fromEntries(Object.keys(between).map((table) => [table, before.counts[table]]));
        expect({ name, counts: kept }).toEqual({ name, counts: expected });

        await upToHere.undoLastMigration({ transaction: 'each' });
        expect(await executed(upToHere)).not.toContain(name);
      } finally {
        await upToHere.destroy();
      }
    }

    expect(await rowCounts(db)).toEqual({});
    await db.runMigrations({ transaction: 'each' });
    expect(await executed(db)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
