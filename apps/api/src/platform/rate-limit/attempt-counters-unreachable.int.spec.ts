import { ErrorCode, Profession } from '@ideas-hub/domain';
import { createServer } from 'node:net';
import { TEST_PASSWORD, TestHub } from '../../../test/hub';
import { STATUS } from '../../../test/reports';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id } }`;

/** A local port that was free a moment ago: nothing listens there, as when Redis is down. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Needs no Redis: a REDIS_URL on a port where nothing listens is a Redis that is down.
describe('attempt counters when Redis is out of reach', () => {
  let hub: TestHub;
  let withRedis: TestHub;
  beforeAll(async () => {
    [hub, withRedis] = await Promise.all([TestHub.start(), TestHub.start({ redisUrl: `redis://127.0.0.1:${await closedPort()}` })]);
  });
  afterAll(() => Promise.all([hub.close(), withRedis.close()]));

  it('refuses registration, sign-ins and receipt checks with SERVICE_UNAVAILABLE and a retry hint: none passes uncounted', async () => {
    // Registered on an instance without Redis (the same database), so that the sign-in below has a real account.
    const { email, name } = await hub.account();
    for (const [query, variables] of [
      [REGISTER, { input: { name, email: `again-${email}`, password: TEST_PASSWORD, profession: Profession.CLINICIAN } }],
      [SIGN_IN, { input: { email, password: TEST_PASSWORD } }],
      [STATUS, { receipt: 'GAP-2222-3333', passphrase: 'AAAA-BBBB-CCCC-DDDD' }],
    ] as const) {
      const body = await withRedis.client().gql(query, variables);
      expect({ status: body.status, data: body.data ?? null, errors: body.errors?.map((error) => error.extensions) }).toEqual({
        status: 503,
        data: null,
        errors: [{ code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: 5 }],
      });
    }
  });
});
