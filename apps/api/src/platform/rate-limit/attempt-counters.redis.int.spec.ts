import { ErrorCode, IdentityMode } from '@ideas-hub/domain';
import { Redis } from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { stopClocks } from '../../../test/clock';
import { TEST_PASSWORD, TestHub } from '../../../test/hub';
import { fileReport, STATUS } from '../../../test/reports';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const REDIS_URL = process.env.REDIS_URL;
const keyOf = (name: string, subject: string) => `ideas-hub:attempts:${createHash('sha256').update(`${name}\0${subject}`).digest('hex')}`;

// Needs a Redis: `npm run test:redis` runs it with REDIS_URL set (e.g. redis://127.0.0.1:6379); `npm test` needs none.
describe('attempt counters in Redis', () => {
  let hubs: TestHub[];
  let redis: Redis;
  beforeAll(async () => {
    if (!REDIS_URL) throw new Error('Set REDIS_URL (e.g. redis://127.0.0.1:6379) to run the Redis tests: `npm run test:redis`.');
    hubs = await Promise.all([TestHub.start({ redisUrl: REDIS_URL }), TestHub.start({ redisUrl: REDIS_URL })]);
    stopClocks(...hubs);
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await redis.quit();
    await Promise.all(hubs.map((hub) => hub.close()));
  });

  it('shares wrong passphrases between instances, holding only a hashed key and a count', async () => {
    const report = await fileReport(hubs[0], hubs[0].client(), { identityMode: IdentityMode.ANONYMOUS });
    const codes = [];
    for (let guess = 0; guess < 5; guess++) {
      codes.push(
        (await hubs[guess % 2].client().gql(STATUS, { receipt: report.receiptCode, passphrase: `WRONG-${guess}` })).errors?.[0].extensions
          .code,
      );
    }
    expect(codes).toEqual(Array(5).fill(ErrorCode.BAD_USER_INPUT));
    const refused = await hubs[1].client().error(STATUS, { receipt: report.receiptCode, passphrase: report.passphrase });
    expect(refused.extensions).toEqual({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 });

    const key = keyOf('receipt', report.receiptCode);
    expect(await redis.get(key)).toMatch(/^5:\d+$/);
    expect(await redis.pttl(key)).toBeGreaterThan(23 * 3600_000);
    expect(key).not.toContain(report.receiptCode.slice(4));
  });

  it('shares failed sign-ins between instances in Redis, and none in PostgreSQL', async () => {
    const { email } = await hubs[0].account();
    for (let attempt = 0; attempt < 10; attempt++) {
      await hubs[attempt % 2].client().gql(SIGN_IN, { input: { email, password: `wrong ${attempt}` } });
    }
    const refused = await hubs[0].client().error(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    expect(refused.extensions).toEqual({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 });
    expect(await redis.get(keyOf('sign-in', email))).toMatch(/^10:\d+$/);
    const hash = createHash('sha256').update(`sign-in\0${email}`).digest();
    expect(await hubs[0].db.query(`SELECT 1 FROM sign_in_failures WHERE email_hash = $1`, [hash])).toEqual([]);
    expect(await redis.get(keyOf('sign-in', `${randomUUID()}@example.nhs.uk`))).toBeNull();
  });
});
