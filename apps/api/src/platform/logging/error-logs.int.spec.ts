import { ErrorCode, IdentityMode, Profession, Role } from '@ideas-hub/domain';
import { createHash, randomUUID } from 'node:crypto';
import pino from 'pino';
import { HubClient, TEST_PASSWORD, TestHub } from '../../../test/hub';
import { loggerOptions } from './logging';
import { ANSWER, releaseHeld, REPLY, REPORT, reportInput, STATUS } from '../../../test/reports';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const TABLES = ['accounts', 'sessions', 'practice_gap_reports', 'report_messages', 'anonymous_inbox'];

/**
 * Makes a write fail at the database, for rows holding a marker, the way a CHECK constraint fails: the error
 * carries the statement, its parameters and the failing row in its detail, everything a log must never hold.
 * A trigger rather than a real constraint, so that only the rows of this suite fail while others run alongside.
 */
class DatabaseFault {
  constructor(private readonly hub: TestHub) {}

  async install(): Promise<void> {
    await this.hub.db.query(`CREATE TABLE IF NOT EXISTS test_log_faults (table_name text NOT NULL, marker text NOT NULL)`);
    await this.hub.db.query(`CREATE OR REPLACE FUNCTION test_log_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM test_log_faults f WHERE f.table_name = TG_TABLE_NAME AND strpos(NEW::text, f.marker) > 0) THEN
          RAISE EXCEPTION 'new row for relation "%" violates check constraint "test_log_fault"', TG_TABLE_NAME
            USING ERRCODE = 'check_violation', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, CONSTRAINT = 'test_log_fault',
                  DETAIL = 'Failing row contains ' || NEW::text || '.';
        END IF;
        RETURN NEW;
      END $$`);
    // One statement per table, so that no lock is held on one table while waiting for another.
    for (const table of TABLES) {
      await this.hub.db.query(
        `CREATE OR REPLACE TRIGGER test_log_fault BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION test_log_fault()`,
      );
    }
  }

  async failRows(table: string, marker: string): Promise<void> {
    await this.hub.db.query(`INSERT INTO test_log_faults (table_name, marker) VALUES ($1, $2)`, [table, marker]);
  }

  async heal(): Promise<void> {
    await this.hub.db.query(`DELETE FROM test_log_faults`);
  }

  async remove(): Promise<void> {
    for (const table of TABLES) await this.hub.db.query(`DROP TRIGGER IF EXISTS test_log_fault ON ${table}`);
    await this.hub.db.query(`DROP FUNCTION IF EXISTS test_log_fault()`);
    await this.hub.db.query(`DROP TABLE IF EXISTS test_log_faults`);
  }
}

/** Sends an operation and keeps the session token it sets, if any. */
async function send(client: HubClient, query: string, variables: Record<string, unknown>) {
  const response = await client.agent.post('/graphql').send({ query, variables });
  const token = /ideas_hub_session=([^;]+)/.exec(String(response.headers['set-cookie'] ?? ''))?.[1];
  return { body: response.body as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] }, token };
}

describe('error logs', () => {
  let hub: TestHub;
  let fault: DatabaseFault;
  beforeAll(async () => {
    hub = await TestHub.start({}, { captureLogs: true });
    fault = new DatabaseFault(hub);
    await fault.install();
  });
  afterAll(async () => {
    await fault.remove();
    await hub.close();
  });

  it('hold no email, password, hash, receipt, passphrase, token or anonymous report id when the database fails, at any level', async () => {
    const marker = `fault-${randomUUID()}`;
    const secrets: string[] = [TEST_PASSWORD];
    const tokens: string[] = [];

    /** The operation fails at the database (an INTERNAL_SERVER_ERROR that is logged), then succeeds once healed. */
    async function failsThenSucceeds(table: string, failMarker: string, attempt: () => ReturnType<typeof send>, retry = attempt) {
      await fault.failRows(table, failMarker);
      const failed = await attempt();
      expect(failed.body.errors?.map((error) => error.extensions.code)).toEqual([ErrorCode.INTERNAL_SERVER_ERROR]);
      await fault.heal();
      const succeeded = await retry();
      expect(succeeded.body.errors).toBeUndefined();
      if (succeeded.token) tokens.push(succeeded.token);
      return succeeded.body.data!;
    }

    // register: the row holds the email and the argon2 hash.
    const email = `${randomUUID()}@example.nhs.uk`;
    secrets.push(email);
    const registration = (name: string) => () =>
      send(hub.client(), REGISTER, { input: { name, email, password: TEST_PASSWORD, profession: Profession.CLINICIAN } });
    const { register } = await failsThenSucceeds('accounts', marker, registration(`Faulty ${marker}`), registration('Logged Person'));

    // signIn: the session row holds the token's hash.
    const reporter = hub.client();
    const signIn = () => send(reporter, SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    await failsThenSucceeds('sessions', register.id, signIn);

    // A confidential report from the signed-in reporter, then an anonymous one with no session.
    const report = (client: HubClient, identityMode: IdentityMode, whatHappens: string) => () =>
      send(client, REPORT, { input: reportInput({ identityMode, whatHappens }) });
    await failsThenSucceeds(
      'practice_gap_reports',
      marker,
      report(reporter, IdentityMode.CONFIDENTIAL, `Faulty ${marker}`),
      report(reporter, IdentityMode.CONFIDENTIAL, 'Sound'),
    );
    const anonymous = hub.client();
    // An anonymous report is held in the inbox until its day ends, then released to the board.
    const { reportPracticeGap: receipt } = await failsThenSucceeds(
      'anonymous_inbox',
      marker,
      report(anonymous, IdentityMode.ANONYMOUS, `Faulty ${marker}`),
      report(anonymous, IdentityMode.ANONYMOUS, 'Sound'),
    );
    await releaseHeld(hub);
    const [{ id: anonymousId }] = await hub.db.query(`SELECT id FROM practice_gap_reports WHERE receipt_code = $1`, [receipt.receiptCode]);
    secrets.push(receipt.receiptCode, receipt.passphrase, anonymousId);

    // The board replies, the anonymous reporter answers and reads the status through the receipt.
    const board = await hub.account([Role.BOARD_MEMBER]);
    const reply = (body: string) => () => send(board.client, REPLY, { reportId: anonymousId, body });
    await failsThenSucceeds('report_messages', marker, reply(`Faulty ${marker}`), reply('Thank you'));
    const answer = (body: string) => () => send(anonymous, ANSWER, { receipt: receipt.receiptCode, passphrase: receipt.passphrase, body });
    await failsThenSucceeds('anonymous_inbox', marker, answer(`Faulty ${marker}`), answer('More detail'));
    // Reading the status writes nothing (attempts are counted outside the database), so it cannot fail there.
    const status = await send(anonymous, STATUS, { receipt: receipt.receiptCode, passphrase: receipt.passphrase });
    expect(status.body.errors).toBeUndefined();

    // A NUL, which PostgreSQL refuses in text, in each route (whatever the answer).
    await send(hub.client(), REGISTER, {
      input: { name: 'Nul\u0000Person', email, password: TEST_PASSWORD, profession: Profession.CLINICIAN },
    });
    await send(anonymous, REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, whatHappens: 'Nul\u0000text' }) });
    await send(anonymous, ANSWER, { receipt: receipt.receiptCode, passphrase: receipt.passphrase, body: 'Nul\u0000answer' });

    for (const token of tokens) {
      const hash = createHash('sha256').update(token).digest();
      secrets.push(token, hash.toString('hex'), hash.toString('base64'), JSON.stringify([...hash]).slice(1, -1));
    }
    const patterns = [/\$argon2/, /GAP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/, /[\w.-]+@example\.nhs\.uk/, new RegExp(marker)];
    const leaking = hub.logLines.filter(
      (line) =>
        secrets.some((secret) => line.toLowerCase().includes(secret.toLowerCase())) || patterns.some((pattern) => pattern.test(line)),
    );
    // The failures were logged (so the test reads real error lines), and none of them leaks.
    const errorLines = hub.logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'unexpected error in a GraphQL request');
    expect(errorLines.length).toBeGreaterThanOrEqual(6);
    // The path of the failing field: names and list indexes, never an argument or an id.
    expect(errorLines.flatMap((line) => line.path).filter((step) => typeof step !== 'number' && !/^[A-Za-z_]\w*$/.test(step))).toEqual([]);
    expect({ leaking: leaking.length, first: leaking[0]?.slice(0, 2000) }).toEqual({ leaking: 0, first: undefined });
  });

  it('keep the SQLSTATE, table and constraint of a database error, and none of its values, whichever way an error is logged', async () => {
    const [first, second] = [await hub.account(), await hub.account()];
    const failure = (sql: string, parameters: unknown[]) =>
      hub.db.query(sql, parameters).then(
        () => new Error('the query succeeded'),
        (error: unknown) => error,
      );
    const duplicate = await failure(`UPDATE accounts SET email = (SELECT email FROM accounts WHERE id = $2) WHERE id = $1`, [
      first.id,
      second.id,
    ]);
    const badUuid = await failure(`SELECT $1::uuid`, [`not-a-uuid ${second.email}`]);

    const lines: string[] = [];
    const logger = pino(loggerOptions('debug'), { write: (line: string) => void lines.push(line) });
    logger.error({ err: duplicate });
    logger.debug(badUuid);
    logger.warn({ error: badUuid, cause: new Error('wrapped', { cause: duplicate }) }, 'failed');
    const [unique, uuid, nested] = lines.map((line) => JSON.parse(line));

    expect(unique.err).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      table: 'accounts',
      constraint: 'accounts_email_key',
      message: 'duplicate key value violates unique constraint "accounts_email_key"',
    });
    expect(unique.err.stack).toMatch(/^\s+at /);
    expect(uuid.err).toMatchObject({ code: '22P02', message: 'invalid input syntax for type uuid: "…"' });
    expect(uuid.msg).toBe('invalid input syntax for type uuid: "…"');
    expect(nested.error.code).toBe('22P02');
    expect(nested.cause.cause).toMatchObject({ code: '23505', constraint: 'accounts_email_key' });
    for (const line of lines) {
      for (const secret of [first.email, second.email, first.id, 'not-a-uuid', 'Key (', 'UPDATE', 'parameters', 'driverError'])
        expect(line).not.toContain(secret);
    }
  });

  it('are never written by TypeORM, which would print statements with their parameters', () => {
    expect(hub.db.options).toMatchObject({ logging: false });
    expect(hub.db.options.maxQueryExecutionTime).toBeUndefined();
  });
});
