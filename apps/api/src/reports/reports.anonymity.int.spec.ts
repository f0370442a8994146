import { ErrorCode, IdentityMode, Role } from '@ideas-hub/domain';
import { createHash } from 'node:crypto';
import { HubClient, TEST_PASSWORD, TestHub } from '../../test/hub';
import {
  ANSWER,
  fileReport,
  holdingBackReleases,
  LIST,
  MINE,
  ONE,
  releaseHeld,
  REPLY,
  REPORT,
  reportInput,
  SET_STATUS,
  STATUS,
} from '../../test/reports';

const USER_AGENT = 'WhistleTestBrowser/7.3 (distinctive; x86_64)';
const FORWARDED_FOR = '203.0.113.77';
const WRONG = { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'receipt', message: 'Check your receipt code and passphrase' }] };

/** Every row of every table in the public schema, as JSON text. */
async function allRows(hub: TestHub): Promise<Set<string>> {
  const tables: { name: string }[] = await hub.db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const rows = new Set<string>();
  for (const { name } of tables) {
    for (const { row } of await hub.db.query(`SELECT to_jsonb(t)::text AS row FROM "${name.replace(/"/g, '""')}" t`))
      rows.add(`${name}: ${row}`);
  }
  return rows;
}

/** The rows and the log lines a request wrote: rows new or changed since before it, and lines logged during it. */
async function traceOf(hub: TestHub, request: () => Promise<unknown>): Promise<{ rows: string[]; logLines: string[] }> {
  const before = await allRows(hub);
  const firstLine = hub.logLines.length;
  await request();
  const logLines = hub.logLines.slice(firstLine);
  return { rows: [...(await allRows(hub))].filter((row) => !before.has(row)), logLines };
}

function expectNoneContains(texts: string[], secrets: Record<string, string>): void {
  for (const [what, secret] of Object.entries(secrets)) {
    const found = texts.filter((text) => text.toLowerCase().includes(secret.toLowerCase()));
    expect({ what, found }).toEqual({ what, found: [] });
  }
}

describe('anonymous and confidential reports', () => {
  const hub = TestHub.forSuite({ trustProxy: 'loopback' }, { captureLogs: true });
  const { member, chair, admin } = hub.suiteAccounts({
    member: { roles: [Role.BOARD_MEMBER], name: 'Member Mai' },
    chair: { roles: [Role.BOARD_MEMBER, Role.CHAIR], name: 'Chair Chen' },
    admin: { roles: [Role.ADMIN], name: 'Admin Ada' },
  });

  it('keeps no trace of who sent an anonymous report, in any table or log line, and lets the receipt follow it', async () => {
    // A signed-in browser with a real session cookie, a distinctive user agent, behind a local proxy.
    const person = await hub.account([], 'Whistle Blower Wren');
    const browser = hub.client();
    const signIn = await browser.agent.post('/graphql').send({
      query: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`,
      variables: { input: { email: person.email, password: TEST_PASSWORD } },
    });
    const token = String(signIn.headers['set-cookie']).match(/ideas_hub_session=([^;]+)/)![1];
    const tokenHash = createHash('sha256').update(token).digest();
    const [session] = await hub.db.query(`SELECT id FROM sessions WHERE token_hash = $1`, [tokenHash]);
    expect((await browser.ok(`{ me { id } }`)).me.id).toBe(person.id);
    const identity = {
      'account id': person.id,
      email: person.email,
      name: person.name,
      'session id': session.id,
      'session token': token,
      'session token hash': tokenHash.toString('hex'),
      'user agent': USER_AGENT,
      'proxied address': FORWARDED_FOR,
      'remote address': '127.0.0.1',
    };
    const fromTheBrowser = async (query: string, variables: Record<string, unknown>) => {
      const response = await browser.agent
        .post('/graphql')
        .set('user-agent', USER_AGENT)
        .set('x-forwarded-for', FORWARDED_FOR)
        .send({ query, variables });
      expect(response.body.errors).toBeUndefined();
      return response.body.data;
    };

    let receipt = { receiptCode: '', passphrase: '' };
    const guidance = `CQC fundamental standards, regulation 12 (${Date.now()})`;
    const submitted = await holdingBackReleases(hub, () =>
      traceOf(hub, async () => {
        receipt = (await fromTheBrowser(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, guidance }) }))
          .reportPracticeGap;
      }),
    );
    expect(receipt.passphrase).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    // The trace did see the request's writes: one row in the anonymous inbox, nothing in the shared tables yet.
    expect(submitted.rows.filter((row) => row.startsWith('anonymous_inbox:') && row.includes(guidance))).toHaveLength(1);
    expect(submitted.rows.filter((row) => row.includes(guidance) && !row.startsWith('anonymous_inbox:'))).toEqual([]);
    expect(
      submitted.rows.filter(
        (row) => row.startsWith('audit_log:') && row.includes('"reportPracticeGap"') && row.includes('"actor_id": null'),
      ),
    ).toEqual([]);
    expect(submitted.logLines.some((line) => line.includes('request completed'))).toBe(true);
    expectNoneContains([...submitted.rows, ...submitted.logLines], identity);
    // Released with the day's batch: the report and its first history row, still with no trace of who sent it.
    const released = await traceOf(hub, () => releaseHeld(hub));
    expect(released.rows.filter((row) => row.startsWith('practice_gap_reports:') && row.includes(guidance))).toHaveLength(1);
    expect(released.rows.some((row) => row.startsWith('report_status_changes:'))).toBe(true);
    expectNoneContains([...released.rows, ...released.logLines], identity);

    const [stored] = await hub.db.query(
      `SELECT id, reporter_id, passphrase_hash, created_at = date_trunc('day', created_at, 'UTC') AS day_only,
              updated_at = date_trunc('day', updated_at, 'UTC') AS updated_day_only
         FROM practice_gap_reports WHERE receipt_code = $1`,
      [receipt.receiptCode],
    );
    expect(stored).toMatchObject({
      reporter_id: null,
      passphrase_hash: expect.stringMatching(/^\$argon2id\$/),
      day_only: true,
      updated_day_only: true,
    });
    expect(stored.passphrase_hash).not.toContain(receipt.passphrase);

    // The board acknowledges and replies; the receipt and passphrase read both, from any browser.
    await member.client.ok(SET_STATUS, { input: { reportId: stored.id, status: 'ACKNOWLEDGED' } });
    await member.client.ok(REPLY, { reportId: stored.id, body: 'Thank you. Which ward was this?' });
    const { reportStatus } = await hub.client().ok(STATUS, { receipt: receipt.receiptCode.toLowerCase(), passphrase: receipt.passphrase });
    expect(reportStatus).toMatchObject({
      reporter: null,
      identityMode: 'ANONYMOUS',
      guidance,
      status: 'ACKNOWLEDGED',
      history: [
        { fromStatus: null, toStatus: 'RECEIVED' },
        { fromStatus: 'RECEIVED', toStatus: 'ACKNOWLEDGED' },
      ],
      messages: [{ authorKind: 'BOARD', authorName: 'Member Mai', body: 'Thank you. Which ward was this?' }],
    });

    // The reporter answers from their signed-in browser: again no trace of who they are.
    const body = 'Ward 7, on night shifts.';
    const answered = await holdingBackReleases(hub, () =>
      traceOf(hub, () => fromTheBrowser(ANSWER, { receipt: receipt.receiptCode, passphrase: receipt.passphrase, body })),
    );
    expect(answered.rows.filter((row) => row.startsWith('anonymous_inbox:') && row.includes(body))).toHaveLength(1);
    expectNoneContains([...answered.rows, ...answered.logLines], identity);
    const answerReleased = await traceOf(hub, () => releaseHeld(hub));
    expect(answerReleased.rows.filter((row) => row.startsWith('report_messages:') && row.includes(body))).toHaveLength(1);
    expectNoneContains([...answerReleased.rows, ...answerReleased.logLines], identity);

    const { practiceGapReport } = await chair.client.ok(ONE, { id: stored.id });
    expect(practiceGapReport.reporter).toBeNull();
    expect(
      practiceGapReport.messages.map((m: { authorKind: string; authorName: string | null; body: string }) => [
        m.authorKind,
        m.authorName,
        m.body,
      ]),
    ).toEqual([
      ['BOARD', 'Member Mai', 'Thank you. Which ward was this?'],
      ['REPORTER', null, body],
    ]);
    const [answer] = await hub.db.query(
      `SELECT board_author_id, created_at = date_trunc('day', created_at, 'UTC') AS day_only
         FROM report_messages WHERE report_id = $1 AND author_kind = 'REPORTER'`,
      [stored.id],
    );
    expect(answer).toEqual({ board_author_id: null, day_only: true });
    expect((await person.client.ok(MINE)).myReports).toEqual([]);
  });

  describe('reportStatus and answerReport', () => {
    it('give one answer for an unknown receipt, a wrong passphrase and a report that has no passphrase', async () => {
      const anonymous = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
      const open = await fileReport(hub, member.client);
      const visitor = hub.client();
      const wrongPassphrase = await visitor.error(STATUS, { receipt: anonymous.receiptCode, passphrase: 'AAAA-BBBB-CCCC-DDDD' });
      const unknownReceipt = await visitor.error(STATUS, { receipt: 'GAP-2222-2222', passphrase: anonymous.passphrase });
      const notAReceipt = await visitor.error(STATUS, { receipt: 'hello', passphrase: anonymous.passphrase });
      const openReport = await visitor.error(STATUS, { receipt: open.receiptCode, passphrase: anonymous.passphrase });
      for (const error of [wrongPassphrase, unknownReceipt, notAReceipt, openReport]) expect(error).toMatchObject({ extensions: WRONG });
      expect(
        (await visitor.error(ANSWER, { receipt: anonymous.receiptCode, passphrase: 'AAAA-BBBB-CCCC-DDDD', body: 'Hi' })).extensions,
      ).toEqual(WRONG);
      expect((await visitor.error(STATUS, { receipt: '', passphrase: '' })).extensions.fields).toEqual([
        { field: 'receipt', message: 'Enter your receipt code' },
        { field: 'passphrase', message: 'Enter your passphrase' },
      ]);
    });

    it('names an empty answer and one holding patient data, storing neither', async () => {
      const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
      const receipt = { receipt: report.receiptCode, passphrase: report.passphrase };
      expect((await hub.client().error(ANSWER, { ...receipt, body: '' })).extensions.fields).toEqual([
        { field: 'body', message: 'Enter your message' },
      ]);
      const error = await hub.client().error(ANSWER, { ...receipt, body: 'Her NHS number is 9434765919' });
      expect(error.extensions.fields).toEqual([{ field: 'body', message: expect.stringMatching(/NHS number/) }]);
      expect((await hub.client().ok(STATUS, receipt)).reportStatus.messages).toEqual([]);
    });
  });

  it('names a confidential reporter to the chair and admins on the report only, and to nobody else anywhere', async () => {
    const reporter = await hub.account([], 'Confidential Cara');
    const report = await fileReport(hub, reporter.client, { identityMode: IdentityMode.CONFIDENTIAL });
    await reporter.client.ok(REPLY, { reportId: report.id, body: 'More detail from me.' });
    await member.client.ok(REPLY, { reportId: report.id, body: 'Thanks, noted.' });
    const named = {
      id: reporter.id,
      name: 'Confidential Cara',
      email: reporter.email,
      profession: 'CLINICIAN',
      organisation: 'Test Trust',
    };
    const authors = (report: { messages: { authorName: string | null }[] }) => report.messages.map((message) => message.authorName);
    const inList = async (client: HubClient) => {
      const { practiceGapReports } = await client.ok(LIST, { first: 100 });
      return practiceGapReports.edges
        .map((edge: { node: { id: string } }) => edge.node)
        .find((node: { id: string }) => node.id === report.id);
    };

    for (const viewer of [chair, admin]) {
      const { practiceGapReport } = await viewer.client.ok(ONE, { id: report.id });
      expect(practiceGapReport.reporter).toEqual(named);
      expect(authors(practiceGapReport)).toEqual(['Confidential Cara', 'Member Mai']);
      // Never in a list: a list may be on a shared screen.
      const listed = await inList(viewer.client);
      expect(listed.reporter).toBeNull();
      expect(authors(listed)).toEqual([null, 'Member Mai']);
    }
    const viaStatusChange = (await chair.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } })).setReportStatus;
    expect(viaStatusChange.reporter).toEqual(named);

    const { practiceGapReport: memberView } = await member.client.ok(ONE, { id: report.id });
    expect(memberView.reporter).toBeNull();
    expect(authors(memberView)).toEqual([null, 'Member Mai']);
    expect(JSON.stringify(memberView)).not.toMatch(new RegExp(`${reporter.id}|${reporter.email}|Confidential Cara`));
    const listed = await inList(member.client);
    expect(JSON.stringify(listed)).not.toMatch(new RegExp(`${reporter.id}|${reporter.email}|Confidential Cara`));
    const memberChange = (await member.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'UNDER_REVIEW' } })).setReportStatus;
    expect(memberChange.reporter).toBeNull();
    expect(authors(memberChange)).toEqual([null, 'Member Mai']);

    const stranger = await hub.account();
    expect((await stranger.client.error(ONE, { id: report.id })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(ONE, { id: report.id })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await stranger.client.ok(MINE)).myReports).toEqual([]);
    expect((await reporter.client.ok(MINE)).myReports[0]).toMatchObject({ id: report.id, reporter: named });
  });
});
