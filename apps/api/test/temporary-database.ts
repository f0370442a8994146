import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface TemporaryDatabase {
  url: string;
  drop(): Promise<void>;
}

/** An empty database of its own on the test PostgreSQL, for tests that migrate or unmigrate a whole schema. */
export async function temporaryDatabase(): Promise<TemporaryDatabase> {
  const base = process.env.IDEAS_HUB_TEST_DATABASE_URL;
  if (!base) throw new Error('the jest global setup did not provide a database');
  const name = `ideas_hub_tmp_${randomBytes(6).toString('hex')}`;
  const admin = await new DataSource({ type: 'postgres', url: base }).initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
