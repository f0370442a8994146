import { Profession, Role } from '@ideas-hub/domain';
import type { INestApplication, Type } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { AppConfig, loadConfig } from '../src/platform/config/config';
import { createApp } from '../src/platform/bootstrap';
import type { FieldError } from '../src/platform/graphql/errors';

export interface GraphQLErrorBody {
  message: string;
  extensions: { code: string; fields?: FieldError[]; [key: string]: unknown };
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export const TEST_PASSWORD = 'correct horse battery';

/** A browser-like caller: keeps its session cookie between requests. */
export class HubClient {
  constructor(readonly agent: TestAgent) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody<T> & { status: number }> {
    const response = await this.agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });
    return { ...(response.body as GraphQLBody<T>), status: response.status };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.gql<T>(query, variables);
    if (body.errors?.length || !body.data) throw new Error(`expected success, got ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The single error of a request that must fail. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorBody> {
    const body = await this.gql(query, variables);
    if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
    return body.errors[0];
  }
}

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  client: HubClient;
}

export interface HubOptions {
  captureLogs?: boolean;
}

/** Who a suite needs: roles besides CONTRIBUTOR, and a display name when the test reads it. */
export type AccountSpec = Role[] | { roles?: Role[]; name: string };

/** The real Nest app on the test PostgreSQL, listening on a free port. */
export class TestHub {
  private running?: { url: string; nest: INestApplication };
  /** The JSON log lines written since the hub started (only when started with `captureLogs`). */
  readonly logLines: string[] = [];

  private constructor(
    private readonly overrides: Partial<AppConfig>,
    private readonly options: HubOptions,
  ) {}

  static async start(overrides: Partial<AppConfig> = {}, options: HubOptions = {}): Promise<TestHub> {
    const hub = new TestHub(overrides, options);
    await hub.open();
    return hub;
  }

  /** The hub of the enclosing describe block: started before its tests and closed after them, so use it inside tests and hooks. */
  static forSuite(overrides: Partial<AppConfig> = {}, options: HubOptions = {}): TestHub {
    const hub = new TestHub(overrides, options);
    beforeAll(() => hub.open());
    afterAll(() => hub.close());
    return hub;
  }

  get url(): string {
    return this.app.url;
  }

  get db(): DataSource {
    return this.app.nest.get(DataSource);
  }

  get<T>(token: Type<T>): T {
    return this.app.nest.get(token);
  }

  private get app(): { url: string; nest: INestApplication } {
    if (!this.running) throw new Error('the hub is not running: use it inside tests and hooks');
    return this.running;
  }

  private async open(): Promise<void> {
    const databaseUrl = process.env.IDEAS_HUB_TEST_DATABASE_URL;
    if (!databaseUrl) throw new Error('the jest global setup did not provide a database');
    const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '100000' }), webDist: null, ...this.overrides };
    const destination = this.options.captureLogs ? { write: (line: string) => void this.logLines.push(line) } : undefined;
    const appConfig: AppConfig = this.options.captureLogs ? { ...config, logLevel: 'trace' } : config;
    const { nest } = await createApp(AppModule.forRoot(appConfig, databaseUrl, destination), appConfig);
    await nest.listen(0, '127.0.0.1');
    const { port } = nest.getHttpServer().address() as AddressInfo;
    this.running = { url: `http://127.0.0.1:${port}`, nest };
  }

  client(): HubClient {
    return new HubClient(request.agent(this.url));
  }

  /** Registers an account through the API, signed in, holding `roles` besides CONTRIBUTOR. */
  async account(roles: Role[] = [], name = 'Test Person'): Promise<TestAccount> {
    const client = this.client();
    const email = `${randomUUID()}@example.nhs.uk`;
    const { register } = await client.ok<{ register: { id: string } }>(
      `mutation ($input: RegisterInput!) { register(input: $input) { id } }`,
      { input: { name, email, password: TEST_PASSWORD, profession: Profession.CLINICIAN, organisation: 'Test Trust' } },
    );
    if (roles.length) {
      await this.db.query(`UPDATE accounts SET roles = roles || $2::text[] WHERE id = $1`, [register.id, roles]);
    }
    return { id: register.id, email, name, client };
  }

  /**
   * The suite's accounts, registered together before its tests: each object is filled in then, so destructure freely
   * but read the fields inside tests and hooks.
   */
  suiteAccounts<Key extends string>(specs: Record<Key, AccountSpec>): Record<Key, TestAccount> {
    const keys = Object.keys(specs) as Key[];
    const accounts = Object.fromEntries(keys.map((key) => [key, {} as TestAccount])) as Record<Key, TestAccount>;
    beforeAll(async () => {
      const registered = await Promise.all(keys.map((key) => this.register(specs[key])));
      keys.forEach((key, index) => Object.assign(accounts[key], registered[index]));
    });
    return accounts;
  }

  private register(spec: AccountSpec): Promise<TestAccount> {
    return Array.isArray(spec) ? this.account(spec) : this.account(spec.roles, spec.name);
  }

  close(): Promise<void> {
    return this.app.nest.close();
  }
}
