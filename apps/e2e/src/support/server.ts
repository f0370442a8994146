import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const SERVER_ENTRY = join(WORKSPACE_ROOT, 'dist/api/apps/api/src/main.js');
/** The whole server output of the last run, for when a journey fails mid-way. */
export const SERVER_LOG = join(WORKSPACE_ROOT, 'tmp/e2e/server.log');

/** The demo accounts' password in every e2e run; the journeys sign in with it. */
export const E2E_DEMO_PASSWORD = 'demo-password-e2e';

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
const OUTPUT_TAIL_LINES = 80;

export interface RunningHub {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built hub the way `npm start` does (embedded PostgreSQL unless the
 * caller set DATABASE_URL), on a free port with a fresh data directory.
 */
export async function startHub(): Promise<RunningHub> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`The hub is not built (${SERVER_ENTRY} is missing): run 'npx nx run-many -t build -p api web'.`);
  }
  const port = await freePort();
  // mkdtemp makes 0700; embedded PostgreSQL run as root initialises as the
  // `postgres` user, who must be able to enter every parent of its data dir.
  const dataDir = await mkdtemp(join(tmpdir(), 'ideas-hub-e2e-'));
  await chmod(dataDir, 0o755);

  // A DATABASE_URL the caller set passes through; otherwise the hub runs its embedded PostgreSQL.
  const env: NodeJS.ProcessEnv = { ...process.env };
  Object.assign(env, {
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    // Every journey signs in from this one address: the per-address limit is tested in the API suite.
    AUTH_RATE_LIMIT: '1000',
    NODE_ENV: 'test',
    // Anonymous reports reach the board only after their day has ended: the journeys have the board reply at once.
    ANONYMOUS_RELEASE_EARLY: 'true',
  });

  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async (): Promise<void> => {
    await stopProcess(child);
    await saveLog(output.all());
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- last ${OUTPUT_TAIL_LINES} lines of the server's output ---\n${output.tail()}`);
  }
  return { baseUrl, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function captureOutput(child: ChildProcess) {
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => chunks.push(chunk.toString('utf8'));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return {
    all: () => chunks.join(''),
    tail: () => chunks.join('').split('\n').slice(-OUTPUT_TAIL_LINES).join('\n'),
  };
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The hub exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}).`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `GET /health/ready answered ${response.status}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`The hub was not ready within ${READY_TIMEOUT_MS / 1000} s (${lastProblem}).`);
}

/** SIGTERM lets the hub stop its embedded PostgreSQL; SIGKILL only if it hangs. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), STOP_TIMEOUT_MS).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    console.warn(`The hub did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it.`);
    child.kill('SIGKILL');
    await exited;
  }
}

async function saveLog(text: string): Promise<void> {
  try {
    await mkdir(join(WORKSPACE_ROOT, 'tmp/e2e'), { recursive: true });
    await writeFile(SERVER_LOG, text);
  } catch {
    // The log is a convenience; failing to write it must not hide the real result.
  }
}
