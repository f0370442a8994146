import { ErrorCode, IdentityMode, LIMITS, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestAccount, TestHub } from '../../test/hub';
import { fileReport, LIST, MINE, ONE, REPORT, reportInput, SET_STATUS } from '../../test/reports';

describe('practice gap reports', () => {
  let hub: TestHub;
  let board: TestAccount;
  let contributor: TestAccount;
  beforeAll(async () => {
    hub = await TestHub.start();
    board = await hub.account([Role.BOARD_MEMBER], 'Board Member Bea');
    contributor = await hub.account([], 'Contributor Cal');
  });
  afterAll(() => hub.close());

  describe('reportPracticeGap', () => {
    it('files an open report with a receipt code and no passphrase, named to the board', async () => {
      const reporter = await hub.account([], 'Open Olu');
      const { reportPracticeGap } = await reporter.client.ok(REPORT, {
        input: reportInput({
          organisationOdsCode: ' rr8 ',
          themeId: (await hub.db.query(`SELECT id FROM themes WHERE slug = 'patient-facing-services'`))[0].id,
          evidence: [{ label: 'Audit 2025', url: 'https://example.nhs.uk/audit' }],
        }),
      });
      expect(reportPracticeGap).toEqual({
        receiptCode: expect.stringMatching(/^GAP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/),
        passphrase: null,
        status: 'RECEIVED',
        boardSeesOn: null,
      });

      const [{ id }] = await hub.db.query(`SELECT id FROM practice_gap_reports WHERE receipt_code = $1`, [reportPracticeGap.receiptCode]);
      const { practiceGapReport } = await board.client.ok(ONE, { id });
      expect(practiceGapReport).toMatchObject({
        identityMode: 'OPEN',
        reporter: { id: reporter.id, name: 'Open Olu', email: reporter.email, profession: 'CLINICIAN', organisation: 'Test Trust' },
        organisation: { odsCode: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' },
        organisationName: null,
        theme: { slug: 'patient-facing-services' },
        evidence: [{ label: 'Audit 2025', url: 'https://example.nhs.uk/audit' }],
        status: 'RECEIVED',
        messages: [],
        history: [{ fromStatus: null, toStatus: 'RECEIVED', note: null }],
      });
    });

    it('keeps a free-text organisation when it is not in the list', async () => {
      const report = await fileReport(hub, contributor.client, { organisationName: 'St Elsewhere Community Hospital' });
      const { practiceGapReport } = await board.client.ok(ONE, { id: report.id });
      expect(practiceGapReport).toMatchObject({ organisation: null, organisationName: 'St Elsewhere Community Hospital' });
    });

    it('asks an anonymous visitor to sign in for an open or confidential report, pointing to the anonymous route', async () => {
      for (const identityMode of [IdentityMode.OPEN, IdentityMode.CONFIDENTIAL]) {
        const error = await hub.client().error(REPORT, { input: reportInput({ identityMode }) });
        expect(error.extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
        expect(error.message).toMatch(/anonymously/);
      }
    });

    it('names each field that needs fixing', async () => {
      const error = await contributor.client.error(REPORT, {
        input: reportInput({
          guidance: ' ',
          guidanceUrl: 'javascript:alert(1)',
          whatHappens: '',
          whatShouldHappen: 'x'.repeat(LIMITS.reportFieldMax + 1),
          impact: '',
          evidence: [{ label: 'Slides', url: 'ftp://example.org/slides' }],
          themeId: 'not-a-theme',
        }),
      });
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
      expect(error.extensions.fields).toEqual([
        { field: 'guidance', message: 'Enter the guidance or standard that is not being followed' },
        { field: 'guidanceUrl', message: 'Enter a web address starting with http:// or https://' },
        { field: 'whatHappens', message: 'Enter what happens today' },
        { field: 'whatShouldHappen', message: `What should happen must be ${LIMITS.reportFieldMax} characters or fewer` },
        { field: 'impact', message: 'Enter the impact on patients or staff' },
        { field: 'evidence.0.url', message: 'Enter a web address starting with http:// or https://' },
        { field: 'themeId', message: 'Choose a theme from the list' },
      ]);
    });

    it('refuses a guidance over its limit and an ODS code or theme that is not in the list', async () => {
      const tooLong = await contributor.client.error(REPORT, { input: reportInput({ guidance: 'g'.repeat(LIMITS.guidanceMax + 1) }) });
      expect(tooLong.extensions.fields).toEqual([
        { field: 'guidance', message: `Guidance must be ${LIMITS.guidanceMax} characters or fewer` },
      ]);
      const unknown = await contributor.client.error(REPORT, { input: reportInput({ organisationOdsCode: 'ZZZ', themeId: randomUUID() }) });
      expect(unknown.extensions.fields).toEqual([
        { field: 'organisationOdsCode', message: 'Choose an organisation from the list, or type its name' },
        { field: 'themeId', message: 'Choose a theme from the list' },
      ]);
    });

    it('refuses what looks like patient data in any field, naming each, and stores nothing', async () => {
      const guidance = `Patient data check ${randomUUID()}`;
      const error = await hub.client().error(REPORT, {
        input: reportInput({
          identityMode: IdentityMode.ANONYMOUS,
          guidance,
          whatHappens: 'Patient 943 476 5919 waited four hours.',
          impact: 'Lives at LS1 4AP, born 14/03/1962.',
          evidence: [{ label: 'Notes for 943 476 5919', url: 'https://example.nhs.uk/notes' }],
        }),
      });
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.extensions.fields).toEqual([
        { field: 'whatHappens', message: expect.stringMatching(/^Remove what looks like an NHS number \(“943 476 5919”\)/) },
        { field: 'impact', message: expect.stringMatching(/a full date of birth or a postcode/) },
        { field: 'evidence.0.label', message: expect.stringMatching(/NHS number/) },
      ]);
      expect(await hub.db.query(`SELECT 1 FROM practice_gap_reports WHERE guidance = $1`, [guidance])).toHaveLength(0);
    });
  });

  describe('practiceGapReports and practiceGapReport', () => {
    it('lists reports for the board newest first, a page at a time, with the total', async () => {
      const filed: string[] = [];
      for (let i = 0; i < 3; i++) filed.push((await fileReport(hub, contributor.client)).id);
      const [{ count: before }] = await hub.db.query(`SELECT count(*)::int AS count FROM practice_gap_reports`);
      const first = (await board.client.ok(LIST, { first: 2 })).practiceGapReports;
      const [{ count: after }] = await hub.db.query(`SELECT count(*)::int AS count FROM practice_gap_reports`);
      expect(first.totalCount).toBeGreaterThanOrEqual(before);
      expect(first.totalCount).toBeLessThanOrEqual(after);
      expect(first.edges).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);

      // Walk the pages until the oldest of ours: other suites file reports at the same time.
      const seen: { id: string; createdAt: string }[] = first.edges.map((edge: { node: { id: string; createdAt: string } }) => edge.node);
      let page = first;
      while (!seen.some((node) => node.id === filed[0]) && page.pageInfo.hasNextPage) {
        page = (await board.client.ok(LIST, { first: 2, after: page.pageInfo.endCursor })).practiceGapReports;
        seen.push(...page.edges.map((edge: { node: { id: string; createdAt: string } }) => edge.node));
      }
      const ids = seen.map((node) => node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => filed.includes(id))).toEqual([...filed].reverse());
      const times = seen.map((node) => Date.parse(node.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('filters by status', async () => {
      const report = await fileReport(hub, contributor.client);
      await board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } });
      const { practiceGapReports } = await board.client.ok(LIST, { first: 100, status: 'ACKNOWLEDGED' });
      const statuses = practiceGapReports.edges.map((edge: { node: { status: string } }) => edge.node.status);
      expect(new Set(statuses)).toEqual(new Set(['ACKNOWLEDGED']));
      expect(practiceGapReports.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(report.id);
    });

    it('refuses contributors (FORBIDDEN) and asks visitors to sign in', async () => {
      const report = await fileReport(hub, contributor.client);
      expect((await contributor.client.error(LIST)).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await contributor.client.error(ONE, { id: report.id })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await hub.client().error(LIST)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect((await hub.client().error(ONE, { id: report.id })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('names a bad id, page size or cursor, and answers NOT_FOUND for an unknown report', async () => {
      expect((await board.client.error(ONE, { id: 'nope' })).extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'id' }],
      });
      expect((await board.client.error(ONE, { id: randomUUID() })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await board.client.error(LIST, { first: 101 })).extensions.fields).toEqual([
        { field: 'first', message: 'first must be at most 100' },
      ]);
      const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
      expect((await board.client.error(LIST, { after: forged })).extensions.fields).toEqual([
        { field: 'after', message: expect.any(String) },
      ]);
    });
  });

  describe('myReports', () => {
    it('lists the signed-in reporter’s own open and confidential reports, naming them to themself only', async () => {
      const reporter = await hub.account([], 'Mine Mo');
      const open = await fileReport(hub, reporter.client);
      const confidential = await fileReport(hub, reporter.client, { identityMode: IdentityMode.CONFIDENTIAL });
      await fileReport(hub, reporter.client, { identityMode: IdentityMode.ANONYMOUS });
      await fileReport(hub, contributor.client);

      const { myReports } = await reporter.client.ok(MINE);
      expect(myReports.map((report: { id: string }) => report.id)).toEqual([confidential.id, open.id]);
      expect(myReports[0].reporter).toMatchObject({ id: reporter.id, name: 'Mine Mo' });
      expect((await hub.client().error(MINE)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });
});
