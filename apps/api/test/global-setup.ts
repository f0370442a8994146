import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/platform/config/config';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres';
import { prepareDatabase } from '../src/platform/database/prepare-database';
import { SCHEMA } from '../src/schema';
import { testState } from './test-state';

/** One real PostgreSQL for the whole run: `DATABASE_URL` when set, otherwise an embedded one in a temporary folder. */
export default async function globalSetup(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ideas-hub-api-test-'));
  let url = process.env.DATABASE_URL;
  if (!url) {
    const embedded = await startEmbeddedPostgres(dataDir, (line) => process.stderr.write(`postgres: ${line}\n`));
    testState.embedded = embedded;
    url = embedded.url;
  }
  testState.dataDir = dataDir;
  await prepareDatabase(url, { ...loadConfig({ SEED_DEMO_DATA: 'false' }), dataDir }, SCHEMA);
  process.env.IDEAS_HUB_TEST_DATABASE_URL = url;
}
