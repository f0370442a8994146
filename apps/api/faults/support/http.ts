import { Agent, request } from 'node:http';

export interface Answer {
  /** HTTP status, or 0 when no response came (socket closed, refused). */
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  } | null;
  headers: Record<string, string | string[] | undefined>;
  /** The socket error when no response came. */
  failure?: string;
  at: number;
}

/**
 * A caller that keeps its connections open between requests, as browsers and
 * load balancers do: the case where a shutdown can cut requests off.
 */
export class KeepAliveClient {
  readonly agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  cookie = '';

  constructor(readonly baseUrl: string) {}

  get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  gql(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    return this.send('POST', '/graphql', JSON.stringify({ query, variables }));
  }

  /** Signs in and keeps the session cookie for the next requests. */
  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password } });
    const setCookie = answer.headers['set-cookie'];
    if (!answer.body?.data || !setCookie) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
    this.cookie = (Array.isArray(setCookie) ? setCookie : [setCookie]).map((header) => header.split(';')[0]).join('; ');
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, payload?: string): Promise<Answer> {
    return new Promise((done) => {
      const headers: Record<string, string> = payload ? { 'content-type': 'application/json' } : {};
      if (this.cookie) headers.cookie = this.cookie;
      const req = request(new URL(path, this.baseUrl), { method, agent: this.agent, headers, timeout: 60_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => done({ status: 0, body: null, headers: {}, failure: error.message, at: Date.now() }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Answer['body'] = null;
          try {
            body = JSON.parse(text);
          } catch {
            body = null;
          }
          done({ status: res.statusCode ?? 0, body, headers: res.headers, at: Date.now() });
        });
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error) =>
        done({ status: 0, body: null, headers: {}, failure: (error as NodeJS.ErrnoException).code ?? error.message, at: Date.now() }),
      );
      req.end(payload);
    });
  }
}

/** How many answers of each kind: `200`, `200 CONFLICT`, `503 SERVICE_UNAVAILABLE`, `socket ECONNRESET`. */
export function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) {
    const key = outcome(answer);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export function outcome(answer: Answer): string {
  if (answer.status === 0) return `socket ${answer.failure}`;
  const codes = [...new Set((answer.body?.errors ?? []).map((error) => error.extensions?.code ?? 'no code'))];
  return codes.length ? `${answer.status} ${codes.join(',')}` : `${answer.status}`;
}
