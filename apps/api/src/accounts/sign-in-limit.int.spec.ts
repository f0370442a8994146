import { ACCOUNT_MESSAGES, ErrorCode } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { stopClocks } from '../../test/clock';
import { TEST_PASSWORD, TestHub } from '../../test/hub';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const MINUTE = 60_000;
const WRONG = { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'email', message: ACCOUNT_MESSAGES.wrongCredentials }] };

describe('the per-account sign-in limit', () => {
  let hub: TestHub;
  let other: TestHub;
  let clock: { advance(ms: number): void };
  beforeAll(async () => {
    // Two instances on one database, as behind a load balancer: they must share the count.
    [hub, other] = await Promise.all([TestHub.start(), TestHub.start()]);
    clock = stopClocks(hub, other);
  });
  afterAll(() => Promise.all([hub.close(), other.close()]));

  const signIn = async (email: string, password: string, on = hub) =>
    (await on.client().gql(SIGN_IN, { input: { email, password } })).errors?.[0];
  const wrongPasswords = async (email: string, count: number, on = hub) => {
    const errors = [];
    for (let attempt = 0; attempt < count; attempt++) errors.push((await signIn(email, `wrong password ${attempt}`, on))?.extensions);
    return errors;
  };

  it('refuses even the right password after 10 wrong ones, with the same answer as for an unknown email', async () => {
    const { email } = await hub.account();
    expect(await wrongPasswords(email, 10)).toEqual(Array(10).fill(WRONG));
    const refused = await signIn(email, TEST_PASSWORD);
    expect(refused).toMatchObject({ extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 } });

    const nobody = `${randomUUID()}@example.nhs.uk`;
    expect(await wrongPasswords(nobody, 10)).toEqual(Array(10).fill(WRONG));
    expect(await signIn(nobody, TEST_PASSWORD)).toEqual(refused);
    // The same person, typed differently, is the same count.
    expect(await signIn(`  ${email.toUpperCase()} `, TEST_PASSWORD)).toEqual(refused);

    const rows: { row: string }[] = await hub.db.query(`SELECT to_jsonb(f)::text AS row FROM sign_in_failures f`);
    expect(rows.filter(({ row }) => row.includes('@') || row.includes(email.split('@')[0]))).toEqual([]);
  });

  it('lets the right password in once the wait is over, and a success starts the count again', async () => {
    const { email, id } = await hub.account();
    await wrongPasswords(email, 10);
    clock.advance(29_000);
    expect((await signIn(email, TEST_PASSWORD))?.extensions).toEqual({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 1 });
    clock.advance(1_000);
    const client = hub.client();
    expect((await client.ok(SIGN_IN, { input: { email, password: TEST_PASSWORD } })).signIn.id).toBe(id);
    expect(await wrongPasswords(email, 10)).toEqual(Array(10).fill(WRONG));
  });

  it('makes each further wrong password wait longer, and forgets them all after an hour without one', async () => {
    const { email, id } = await hub.account();
    await wrongPasswords(email, 10);
    const waits = [];
    for (let round = 0; round < 7; round++) {
      const { retryAfterSeconds } = (await signIn(email, TEST_PASSWORD))!.extensions;
      waits.push(retryAfterSeconds);
      clock.advance(Number(retryAfterSeconds) * 1000);
      expect(await wrongPasswords(email, 1)).toEqual([WRONG]);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
    clock.advance(60 * MINUTE);
    expect((await hub.client().ok(SIGN_IN, { input: { email, password: TEST_PASSWORD } })).signIn.id).toBe(id);
  });

  it('counts guesses sent all at once to both instances: of 20 in parallel, 10 are checked', async () => {
    const { email } = await hub.account();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, attempt) => signIn(email, `wrong password ${attempt}`, attempt % 2 ? other : hub)),
    );
    const codes = answers.map((answer) => answer?.extensions.code);
    expect(codes.filter((code) => code === ErrorCode.BAD_USER_INPUT)).toHaveLength(10);
    expect(codes.filter((code) => code === ErrorCode.RATE_LIMITED)).toHaveLength(10);
  });

  it('tidies away expired failures as new ones arrive, so that guesses at unknown emails never grow the table for ever', async () => {
    await hub.db.query(
      `INSERT INTO sign_in_failures (email_hash, failures, last_failure_at, expires_at)
       SELECT sha256(('expired ' || n)::text::bytea), 1, now() - interval '2 hours', now() - interval '1 hour'
         FROM generate_series(1, 150) AS n`,
    );
    const expired = async () => (await hub.db.query(`SELECT count(*)::int AS n FROM sign_in_failures WHERE expires_at <= now()`))[0].n;
    expect(await expired()).toBeGreaterThanOrEqual(150);
    for (let guess = 0; guess < 2; guess++) await signIn(`${randomUUID()}@example.nhs.uk`, 'wrong password');
    expect(await expired()).toBe(0);
  });

  it('counts failures across every instance of the hub', async () => {
    const { email } = await hub.account();
    expect([...(await wrongPasswords(email, 5, hub)), ...(await wrongPasswords(email, 5, other))]).toEqual(Array(10).fill(WRONG));
    expect((await signIn(email, TEST_PASSWORD, hub))?.extensions.code).toBe(ErrorCode.RATE_LIMITED);
    expect((await signIn(email, TEST_PASSWORD, other))?.extensions.code).toBe(ErrorCode.RATE_LIMITED);
  });
});
