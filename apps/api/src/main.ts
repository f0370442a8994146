import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { AppModule } from './app.module';
import { SCHEMA } from './schema';
import { DEMO_ACCOUNTS, DEMO_SEED } from './seed/demo-data';
import { ConfigError, loadConfig } from './platform/config/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './platform/database/embedded-postgres';
import { prepareDatabase, PreparedDatabase } from './platform/database/prepare-database';
import { createApp } from './platform/bootstrap';
import { drainable, Drainable } from './platform/lifecycle/drain';
import { HubLifecycle } from './platform/lifecycle/lifecycle';

/** How long requests in flight at SIGTERM get to finish: within the 30 s an orchestrator usually waits before SIGKILL. */
const DRAIN_TIMEOUT_MS = 25_000;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function banner(url: string, servesWeb: boolean, prepared: PreparedDatabase): void {
  say();
  say(`  HealthTech Ideas Hub is ready at ${url}`);
  say(`  GraphQL API: ${url}/graphql   health: ${url}/health/ready`);
  if (!servesWeb) say('  (the web app is not built: run `npm start` from the workspace root to build it)');
  say();
  say('  Demo sign-ins:');
  for (const account of DEMO_ACCOUNTS)
    say(`    ${account.email.padEnd(26)} ${account.roles.filter((role) => role !== 'CONTRIBUTOR').join(', ') || 'CONTRIBUTOR'}`);
  say(
    prepared.demoPassword
      ? `  Password for all of them: ${prepared.demoPassword}`
      : '  Password: the one printed when the demo data was first seeded (or set DEMO_PASSWORD before seeding).',
  );
  say();
}

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    say(`Starting the embedded PostgreSQL in ${relative(process.cwd(), config.dataDir) || '.'}/postgres …`);
    embedded = await startEmbeddedPostgres(config.dataDir, (line) => say(`postgres: ${line}`));
    url = embedded.url;
  }

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let http: Drainable | undefined;
  let closing = false;
  // Readiness fails at once and the port closes; requests in flight finish; then the pool closes, and PostgreSQL stops last.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: stopping the hub: finishing the requests in flight …`);
    embedded?.expectStop();
    app?.nest.get(HubLifecycle).beginDrain();
    const { cut } = (await http?.drain(DRAIN_TIMEOUT_MS)) ?? { cut: 0 };
    if (cut) say(`${cut} requests did not finish within ${DRAIN_TIMEOUT_MS / 1000} s and were cut off.`);
    await app?.nest.close().catch((error: unknown) => say(`Closing the app failed: ${String(error)}`));
    await embedded?.stop().catch((error: unknown) => say(`Stopping the embedded PostgreSQL failed: ${String(error)}`));
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const prepared = await prepareDatabase(url, config, SCHEMA, DEMO_SEED);
    if (prepared.migrationsRun.length) say(`Applied migrations: ${prepared.migrationsRun.join(', ')}`);
    if (prepared.seeded) say('Seeded the demo data.');
    app = await createApp(AppModule.forRoot(config, url), config);
    const lifecycle = app.nest.get(HubLifecycle);
    embedded?.onLost((reason) => lifecycle.failLiveness(reason));
    http = drainable(app.nest.getHttpServer());
    await app.nest.listen(config.port);
    const { port } = app.nest.getHttpServer().address() as AddressInfo;
    banner(`http://localhost:${port}`, app.servesWeb, prepared);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`Ideas Hub could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
