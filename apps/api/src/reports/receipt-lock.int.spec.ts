import { ErrorCode, IdentityMode } from '@ideas-hub/domain';
import { stopClocks } from '../../test/clock';
import { TestHub } from '../../test/hub';
import { ANSWER, fileReport, FiledReport, STATUS } from '../../test/reports';
import { newReceiptCode } from './receipts';

const SECOND = 1000;
const WRONG = { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'receipt', message: 'Check your receipt code and passphrase' }] };

describe('the receipt lock', () => {
  let hub: TestHub;
  let clock: { advance(ms: number): void };
  beforeAll(async () => {
    hub = await TestHub.start();
    clock = stopClocks(hub);
  });
  afterAll(() => hub.close());

  const status = (receipt: string, passphrase: string) => hub.client().gql(STATUS, { receipt, passphrase });
  const wrongGuesses = async (receipt: string, count: number) => {
    const errors = [];
    for (let guess = 0; guess < count; guess++) errors.push((await status(receipt, `WRONG-GUESS-${guess}`)).errors?.[0].extensions);
    return errors;
  };
  const anonymousReport = () => fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
  const open = async (report: FiledReport) =>
    (await hub.client().ok(STATUS, { receipt: report.receiptCode, passphrase: report.passphrase })).reportStatus;

  it('asks for a wait after 5 wrong passphrases, then lets the right one in with the report intact', async () => {
    const report = await anonymousReport();
    const before = await open(report);
    expect(await wrongGuesses(report.receiptCode, 5)).toEqual(Array(5).fill(WRONG));

    const waiting = (await status(report.receiptCode, report.passphrase!)).errors![0];
    expect(waiting).toMatchObject({
      message: 'Too many attempts. Wait 30 seconds, then try again.',
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 },
    });
    const answer = await hub.client().error(ANSWER, { receipt: report.receiptCode, passphrase: report.passphrase, body: 'More detail' });
    expect(answer.extensions).toEqual({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 });
    clock.advance(29 * SECOND);
    expect((await status(report.receiptCode, report.passphrase!)).errors![0].extensions).toEqual({
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds: 1,
    });

    clock.advance(1 * SECOND);
    expect(await open(report)).toEqual(before);
    // The right passphrase starts the count again: the reporter's own typos never add up.
    expect(await wrongGuesses(report.receiptCode, 5)).toEqual(Array(5).fill(WRONG));
  });

  it('doubles the wait after each further wrong passphrase, up to an hour', async () => {
    const report = await anonymousReport();
    await wrongGuesses(report.receiptCode, 5);
    const waits = [];
    for (let round = 0; round < 9; round++) {
      const { retryAfterSeconds } = (await status(report.receiptCode, report.passphrase!)).errors![0].extensions;
      waits.push(retryAfterSeconds);
      clock.advance(Number(retryAfterSeconds) * SECOND);
      expect(await wrongGuesses(report.receiptCode, 1)).toEqual([WRONG]);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });

  it('limits an unknown receipt code exactly like a known one, however it is typed', async () => {
    const known = await anonymousReport();
    const unknown = newReceiptCode();
    const known6 = [...(await wrongGuesses(known.receiptCode, 5)), (await status(known.receiptCode, 'WRONG-AGAIN')).errors![0]];
    const typings = [unknown.toLowerCase(), unknown.replace(/-/g, ' '), unknown.replace(/-/g, '').toLowerCase(), unknown, ` ${unknown} `];
    const unknown6 = [];
    for (const typed of typings) unknown6.push((await status(typed, 'WRONG-GUESS')).errors![0].extensions);
    unknown6.push((await status(unknown, 'WRONG-AGAIN')).errors![0]);
    expect(unknown6).toEqual(known6);
    expect(unknown6[5]).toMatchObject({ extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 } });
  });

  it('counts guesses sent all at once: of 20 in parallel, 5 are checked', async () => {
    const report = await anonymousReport();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, guess) => status(report.receiptCode, `WRONG-${guess}`)));
    const codes = answers.map((answer) => answer.errors?.[0].extensions.code);
    expect(codes.filter((code) => code === ErrorCode.BAD_USER_INPUT)).toHaveLength(5);
    expect(codes.filter((code) => code === ErrorCode.RATE_LIMITED)).toHaveLength(15);
  });

  it('never locks the reporter out for good: a quiet day forgets every wrong passphrase', async () => {
    const report = await anonymousReport();
    const before = await open(report);
    await wrongGuesses(report.receiptCode, 5);
    for (let round = 0; round < 8; round++) {
      clock.advance(Number((await status(report.receiptCode, 'WRONG')).errors![0].extensions.retryAfterSeconds) * SECOND);
      await wrongGuesses(report.receiptCode, 1);
    }
    expect((await status(report.receiptCode, report.passphrase!)).errors![0].extensions).toEqual({
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds: 3600,
    });

    clock.advance(24 * 3600 * SECOND);
    expect(await open(report)).toEqual(before);
  });

  it('keeps nothing about attempts in the database: the report row is never written by a check', async () => {
    const report = await anonymousReport();
    const row = async () =>
      (await hub.db.query(`SELECT xmin::text AS xmin, to_jsonb(r)::text AS row FROM practice_gap_reports r WHERE id = $1`, [report.id]))[0];
    const before = await row();
    await wrongGuesses(report.receiptCode, 3);
    await open(report);
    await wrongGuesses(report.receiptCode, 5);
    await status(report.receiptCode, report.passphrase!);
    clock.advance(30 * SECOND);
    await open(report);
    expect(await row()).toEqual(before);
    const columns = await hub.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'practice_gap_reports' AND column_name LIKE '%attempt%'`,
    );
    expect(columns).toEqual([]);
  });
});
