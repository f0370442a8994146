import { createServer, Server } from 'node:net';
import { Client } from 'pg';
import { cleanUpHubs, HubProcess, sleep } from './support/hub-process';
import { KeepAliveClient } from './support/http';
import { Load, outageFigures, waitForDatabase } from './support/load';
import { PostgresServer } from './support/postgres-server';

const OUTAGE_MS = 10_000;

async function draftsFound(url: string, ids: string[]): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS found FROM ideas WHERE id = ANY($1::uuid[])`, [ids]);
    return (rows[0] as { found: number }).found;
  } finally {
    await client.end();
  }
}

/** Listens on `port` as soon as the dying PostgreSQL lets go of it (SIGKILL takes a moment to land). */
async function holdPort(port: number): Promise<Server> {
  for (let attempt = 0; ; attempt++) {
    const server = createServer();
    const bound = await new Promise<boolean>((done) => server.once('error', () => done(false)).listen(port, '127.0.0.1', () => done(true)));
    if (bound) return server;
    if (attempt > 100) throw new Error(`port ${port} stayed taken`);
    await sleep(10);
  }
}

/** What every outage must look like to callers: a clear, retryable refusal, a quiet log, a quick recovery. */
function expectAnOrderlyOutage(figures: ReturnType<typeof outageFigures>): void {
  const { 200: succeeded, '503 SERVICE_UNAVAILABLE': refused, ...anythingElse } = figures.outcomes;
  expect(anythingElse).toEqual({});
  expect(succeeded).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
  expect(figures.failuresWithoutRetryHint).toBe(0);
  expect(figures.problemLinesPerSecond).toBeLessThanOrEqual(5);
  expect(figures.outageMs).not.toBeNull();
  expect(figures.recoveryMs).toBeLessThan(5_000);
}

describe('losing the database', () => {
  cleanUpHubs();
  let external: PostgresServer | undefined;
  let portHolder: Server | undefined;
  afterEach(async () => {
    await external?.destroy();
    external = undefined;
    await new Promise((done) => (portHolder ? portHolder.close(done) : done(undefined)));
    portHolder = undefined;
  });

  it(`refuses requests with SERVICE_UNAVAILABLE while its external PostgreSQL is down ${OUTAGE_MS / 1000} s, then recovers`, async () => {
    external = await PostgresServer.create();
    const hub = await HubProcess.start({ DATABASE_URL: external.url });
    const load = new Load(hub);
    await load.start();
    await sleep(1_000);

    const downAt = Date.now();
    await external.stop();
    await sleep(OUTAGE_MS);
    await external.start();
    const backAt = Date.now();
    await sleep(6_000);
    await load.stop();

    const figures = outageFigures(hub, load, downAt, backAt);
    console.log(`external PostgreSQL stopped for ${OUTAGE_MS} ms: ${JSON.stringify(figures, null, 1)}`);
    expectAnOrderlyOutage(figures);
    expect(await draftsFound(external.url, load.acknowledged)).toBe(load.acknowledged.length);
  });

  it('restarts its embedded PostgreSQL when it dies, and refuses requests cleanly meanwhile', async () => {
    const hub = await HubProcess.start();
    const url = hub.databaseUrl();
    const load = new Load(hub);
    await load.start();
    await sleep(1_000);

    const postmaster = hub.postmasterPid()!;
    const downAt = Date.now();
    process.kill(postmaster, 'SIGKILL');
    const backAt = await waitForDatabase(url, 30_000);
    await sleep(6_000);
    await load.stop();

    const figures = outageFigures(hub, load, downAt, backAt);
    const live = await new KeepAliveClient(hub.url).get('/health/live');
    console.log(
      `embedded PostgreSQL killed: ${JSON.stringify({ ...figures, live: live.status, newPostmaster: hub.postmasterPid() }, null, 1)}`,
    );
    expectAnOrderlyOutage(figures);
    expect(hub.postmasterPid()).not.toBe(postmaster);
    expect(live.status).toBe(200);
    expect(await draftsFound(url, load.acknowledged)).toBe(load.acknowledged.length);
  });

  it('fails its liveness check when its embedded PostgreSQL dies and cannot be restarted', async () => {
    const hub = await HubProcess.start({ SEED_DEMO_DATA: 'false' });
    const port = Number(new URL(hub.databaseUrl()).port);
    const client = new KeepAliveClient(hub.url);
    expect((await client.get('/health/live')).status).toBe(200);

    process.kill(hub.postmasterPid()!, 'SIGKILL');
    // Something else takes the port at once: every restart fails the way a broken data directory or disk would.
    portHolder = await holdPort(port);

    const diedAt = Date.now();
    let live = await client.get('/health/live');
    while (live.status === 200 && Date.now() - diedAt < 40_000) {
      await sleep(500);
      live = await client.get('/health/live');
    }
    const figures = {
      liveStatus: live.status,
      afterMs: Date.now() - diedAt,
      body: live.body,
      log: hub
        .output()
        .split('\n')
        .filter((line) => !line.startsWith('{'))
        .slice(-6),
    };
    console.log(`embedded PostgreSQL cannot restart: ${JSON.stringify(figures, null, 1)}`);
    client.close();

    expect(live.status).toBe(503);
    expect(JSON.stringify(live.body)).toMatch(/PostgreSQL/);
    expect(hub.running).toBe(true);
  });
});
