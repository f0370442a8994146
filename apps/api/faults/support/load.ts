import { Client } from 'pg';
import { DEMO_PASSWORD, HubProcess, sleep } from './hub-process';
import { Answer, KeepAliveClient, outcome, tally } from './http';

const READ = `{ ideas(first: 10) { totalCount edges { node { id title author { name } theme { name } } } } }`;
const SAVE_DRAFT = `mutation ($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { id title } }`;

export interface Sample {
  kind: 'read' | 'write';
  startedAt: number;
  answer: Answer;
}

/**
 * Readers browsing anonymously and one signed-in writer saving drafts, each in
 * a loop with a short pause, as a busy hub sees them. Every draft the API
 * acknowledged is remembered, to be looked for in the database afterwards.
 */
export class Load {
  readonly samples: Sample[] = [];
  readonly acknowledged: string[] = [];
  private running = true;
  private loops: Promise<void>[] = [];
  private readonly clients: KeepAliveClient[] = [];

  constructor(
    private readonly hub: HubProcess,
    private readonly readers = 20,
    private readonly pauseMs = 50,
  ) {}

  async start(): Promise<void> {
    const writer = this.client();
    await writer.signIn('clinician@demo.nhs.uk', DEMO_PASSWORD);
    let drafts = 0;
    this.loops = [
      ...Array.from({ length: this.readers }, () => this.loop('read', this.client(), (client) => client.gql(READ))),
      this.loop('write', writer, async (client) => {
        const answer = await client.gql(SAVE_DRAFT, { input: { title: `Draft written during an outage ${++drafts}` } });
        const id = answer.body?.data?.saveIdeaDraft?.id;
        if (answer.status === 200 && id && !answer.body?.errors) this.acknowledged.push(id);
        return answer;
      }),
    ];
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    for (const client of this.clients) client.close();
  }

  /** Samples of requests started in [from, to). */
  between(from: number, to = Infinity): Sample[] {
    return this.samples.filter((sample) => sample.startedAt >= from && sample.startedAt < to);
  }

  private client(): KeepAliveClient {
    const client = new KeepAliveClient(this.hub.url);
    this.clients.push(client);
    return client;
  }

  private async loop(kind: Sample['kind'], client: KeepAliveClient, send: (client: KeepAliveClient) => Promise<Answer>): Promise<void> {
    while (this.running) {
      const startedAt = Date.now();
      this.samples.push({ kind, startedAt, answer: await send(client) });
      await sleep(this.pauseMs);
    }
  }
}

/** What a database outage looked like from the callers' side and in the hub's log. */
export function outageFigures(hub: HubProcess, load: Load, downAt: number, backAt: number | null) {
  const failures = load.samples.filter((sample) => outcome(sample.answer) !== '200');
  const lastFailure = failures.length ? Math.max(...failures.map((sample) => sample.startedAt)) : null;
  const until = (backAt ?? Date.now()) + 5_000;
  const outageLines = hub.lines.filter((line) => line.at >= downAt && line.at < until).map((line) => line.text);
  const seconds = (until - downAt) / 1000;
  return {
    requests: load.samples.length,
    outcomes: tally(load.samples.map((sample) => sample.answer)),
    writesAcknowledged: load.acknowledged.length,
    outageMs: backAt === null ? null : backAt - downAt,
    /** From the database being back to the start of the last request that still failed (negative: none failed after). */
    recoveryMs: backAt === null || lastFailure === null ? null : lastFailure - backAt,
    failuresWithoutRetryHint: failures.filter((sample) => !retryHint(sample.answer)).length,
    logLines: outageLines.length,
    logBytes: outageLines.reduce((sum, line) => sum + line.length + 1, 0),
    /** Lines that are not plain request logs: warnings, errors and anything not JSON. */
    problemLinesPerSecond: Math.round((outageLines.filter(isProblemLine).length / seconds) * 10) / 10,
    problemLines: outageLines.filter(isProblemLine).slice(0, 8),
  };
}

function retryHint(answer: Answer): boolean {
  const seconds = answer.body?.errors?.[0]?.extensions?.retryAfterSeconds;
  return answer.status === 503 && typeof seconds === 'number' && seconds > 0 && answer.headers['retry-after'] === String(seconds);
}

function isProblemLine(text: string): boolean {
  if (!text.trim()) return false;
  try {
    const line = JSON.parse(text) as { level?: number; err?: unknown };
    return (line.level ?? 0) >= 40 || line.err !== undefined;
  } catch {
    return true;
  }
}

/** Polls the database itself until it answers; null if it did not within `timeoutMs`. */
export async function waitForDatabase(url: string, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    const ok = await client.connect().then(
      () => client.query('SELECT 1').then(() => true),
      () => false,
    );
    await client.end().catch(() => undefined);
    if (ok) return Date.now();
    await sleep(100);
  }
  return null;
}
