import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const SERVER_ENTRY = join(WORKSPACE_ROOT, 'dist/api/apps/api/src/main.js');
export const DEMO_PASSWORD = 'demo-password-faults';

const READY_TIMEOUT_MS = 60_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() when the process exited. */
  at: number;
}

/** The built hub as `npm start` runs it, with its own embedded PostgreSQL in a fresh data directory. */
export class HubProcess {
  /** Every line the hub wrote to stdout and stderr, with the time it arrived. */
  readonly lines: { at: number; text: string }[] = [];
  readonly exited: Promise<Exit>;
  private constructor(
    readonly child: ChildProcess,
    readonly dataDir: string,
  ) {
    this.exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal, at: Date.now() })));
    let partial = '';
    const keep = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) this.lines.push({ at: Date.now(), text: line });
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  url = '';

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get clusterDir(): string {
    return join(this.dataDir, 'postgres');
  }

  /** The pid of the embedded PostgreSQL's postmaster, from its lock file; null when none runs. */
  postmasterPid(): number | null {
    const pidFile = join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return null;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    return alive(pid) ? pid : null;
  }

  /** Processes whose command line names this hub's data directory: the postmaster (backends rename themselves). */
  postgresProcesses(): number[] {
    try {
      return execFileSync('pgrep', ['-f', this.clusterDir], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    } catch {
      return []; // pgrep exits 1 when nothing matches
    }
  }

  /** The embedded PostgreSQL's connection URL, from the files the hub keeps in its data directory. */
  databaseUrl(): string {
    const password = readFileSync(join(this.dataDir, 'postgres-password'), 'utf8').trim();
    const port = readFileSync(join(this.clusterDir, 'postmaster.pid'), 'utf8').split('\n')[3];
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/ideas_hub`;
  }

  /** Lines written from `since` (an index into `lines`) on. */
  output(since = 0): string {
    return this.lines
      .slice(since)
      .map((line) => line.text)
      .join('\n');
  }

  static async start(env: Record<string, string> = {}): Promise<HubProcess> {
    if (!existsSync(SERVER_ENTRY)) {
      throw new Error(`The hub is not built (${SERVER_ENTRY} is missing): run 'npx nx run api:build' or 'npm run test:faults'.`);
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'ideas-hub-faults-'));
    // As root the embedded PostgreSQL runs as `postgres`, who must be able to enter its data dir's parent.
    await chmod(dataDir, 0o755);
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      cwd: WORKSPACE_ROOT,
      env: {
        ...withoutDatabase(process.env),
        PORT: '0',
        DATA_DIR: dataDir,
        DEMO_PASSWORD,
        WEB_DIST: '',
        AUTH_RATE_LIMIT: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const hub = new HubProcess(child, dataDir);
    started.add(hub);
    hub.url = await hub.waitForAddress();
    await hub.waitUntilReady();
    return hub;
  }

  private async waitForAddress(): Promise<string> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const match = /ready at http:\/\/localhost:(\d+)/.exec(this.output());
      if (match) return `http://127.0.0.1:${match[1]}`;
      if (!this.running) throw new Error(`The hub exited before it was ready:\n${this.output()}`);
      await sleep(100);
    }
    throw new Error(`The hub did not print its address within ${READY_TIMEOUT_MS / 1000} s:\n${this.output()}`);
  }

  async waitUntilReady(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const status = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return;
      await sleep(100);
    }
    throw new Error(`The hub was not ready within ${timeoutMs / 1000} s:\n${this.output()}`);
  }

  /** Ends the hub and its PostgreSQL however they are, and removes the data directory. */
  async destroy(): Promise<void> {
    started.delete(this);
    if (this.running) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.killPostgres();
    // Orphaned backends notice their postmaster died and exit on their own; the folder can go now.
    await rm(this.dataDir, { recursive: true, force: true });
  }

  /** Synchronous, so that it also runs when the test process itself is on its way out. */
  killPostgres(): void {
    for (const pid of this.postgresProcesses()) kill(pid, 'SIGKILL');
    const postmaster = this.postmasterPid();
    if (postmaster) kill(postmaster, 'SIGKILL');
  }
}

const started = new Set<HubProcess>();

// A test run that ends abruptly (a crash, a timeout) must not leave a hub or a PostgreSQL behind either.
process.once('exit', () => {
  for (const hub of started) {
    if (hub.running) hub.child.kill('SIGKILL');
    hub.killPostgres();
    rmSync(hub.dataDir, { recursive: true, force: true });
  }
});

/** Every hub a test started is gone after it, whether the test passed or not. */
export function cleanUpHubs(): void {
  afterEach(async () => {
    await Promise.all([...started].map((hub) => hub.destroy()));
  });
}

function withoutDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.DATABASE_URL;
  delete copy.REDIS_URL;
  return copy;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

export const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => T | null | undefined | false, timeoutMs: number, stepMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(stepMs);
  }
}
