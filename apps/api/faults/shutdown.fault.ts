import { addSearchableIdeas, SEARCH } from './support/data';
import { cleanUpHubs, eventually, HubProcess } from './support/hub-process';
import { KeepAliveClient, tally } from './support/http';

const IN_FLIGHT = 200;
const IDEAS = 20_000;

describe('stopping the hub', () => {
  cleanUpHubs();

  it(`answers all ${IN_FLIGHT} requests in flight at SIGTERM, refuses new connections, stops its PostgreSQL and exits 0`, async () => {
    const hub = await HubProcess.start();
    await addSearchableIdeas(hub, IDEAS);
    const client = new KeepAliveClient(hub.url);
    // Open every connection first: the requests then sit on accepted connections, not in the listen queue.
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => client.get('/health/live')));

    let answered = 0;
    const requests = Array.from({ length: IN_FLIGHT }, () => client.gql(SEARCH).finally(() => answered++));
    await eventually('a first answer', () => answered > 0, 30_000, 1);
    const inFlightAtSignal = IN_FLIGHT - answered;
    const signalledAt = Date.now();
    hub.child.kill('SIGTERM');
    // A new caller is turned away at once: refused, or told "not ready" if it connected as the signal landed.
    const newcomer = await new KeepAliveClient(hub.url).get('/health/ready');

    const answers = await Promise.all(requests);
    const exit = await hub.exited;
    const figures = {
      inFlightAtSignal,
      outcomes: tally(answers),
      withData: answers.filter((answer) => answer.body?.data?.ideas?.totalCount >= IDEAS).length,
      newcomer: newcomer.status || newcomer.failure,
      exitCode: exit.code,
      exitSignal: exit.signal,
      exitMs: exit.at - signalledAt,
      postgresLeft: hub.postgresProcesses(),
      postmasterPid: hub.postmasterPid(),
    };
    console.log(`SIGTERM with requests in flight: ${JSON.stringify(figures)}`);
    client.close();

    // Most requests must still be running when the signal comes, or the test proves nothing.
    expect(inFlightAtSignal).toBeGreaterThan(IN_FLIGHT / 2);
    expect(figures.outcomes).toEqual({ 200: IN_FLIGHT });
    expect(figures.withData).toBe(IN_FLIGHT);
    expect(['ECONNREFUSED', 503]).toContain(figures.newcomer);
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(figures.exitMs).toBeLessThan(25_000);
    expect(figures.postgresLeft).toEqual([]);
    expect(figures.postmasterPid).toBeNull();
  });

  it('exits promptly on SIGTERM after its embedded PostgreSQL was killed', async () => {
    const hub = await HubProcess.start({ SEED_DEMO_DATA: 'false' });
    const postmaster = hub.postmasterPid();
    expect(postmaster).not.toBeNull();
    process.kill(postmaster!, 'SIGKILL');
    await eventually('the postmaster gone', () => hub.postmasterPid() !== postmaster || hub.postgresProcesses().length === 0, 10_000);

    const signalledAt = Date.now();
    hub.child.kill('SIGTERM');
    const exit = await hub.exited;
    const figures = { exitCode: exit.code, exitSignal: exit.signal, exitMs: exit.at - signalledAt, postgresLeft: hub.postgresProcesses() };
    console.log(`SIGTERM after the database died: ${JSON.stringify(figures)}\n${hub.output().split('\n').slice(-5).join('\n')}`);

    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(figures.exitMs).toBeLessThan(5_000);
    expect(figures.postgresLeft).toEqual([]);
  });
});
