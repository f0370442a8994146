import { IdentityMode, Role } from '@ideas-hub/domain';
import { databaseProblems, visibleProblems } from '../../test/anonymity-checks';
import { runTrace } from '../../test/anonymity-trace';
import type { TestAccount } from '../../test/hub';
import { TestHub } from '../../test/hub';
import { holdingBackReleases, releaseHeld, REPORT, reportInput } from '../../test/reports';
import { AnonymousReleaseJob, RELEASE_WINDOW_HOURS } from './anonymous-release.job';

describe('anonymous reports in the order of things', () => {
  const hub = TestHub.forSuite({ logLevel: 'debug' }, { captureLogs: true });
  const { chair, admin, author } = hub.suiteAccounts({
    chair: { roles: [Role.BOARD_MEMBER, Role.CHAIR], name: 'Chair Order' },
    admin: { roles: [Role.ADMIN], name: 'Admin Order' },
    author: { name: 'Idea Author' },
  });

  it(
    'never ranks an anonymous report or its answers between the reporter’s identified actions, ' +
      'by any key the board or a database reader sees',
    async () => {
      const trace = await runTrace(hub, chair, author.client, []);
      const problems = [...trace.problemsBefore, ...(await databaseProblems(hub, trace)), ...(await visibleProblems(trace, chair, admin))];
      expect(problems).toEqual([]);
    },
  );

  it('keeps that under load, with debug logs and 20 identified users at work, and logs nothing that links the report', async () => {
    // One after another: twenty registrations at once would meet the argon2 bound, which answers "busy".
    const users: TestAccount[] = [];
    for (let index = 0; index < 20; index++) users.push(await hub.account([], `Busy User ${index}`));
    const firstLine = hub.logLines.length;
    const trace = await runTrace(hub, chair, author.client, users);
    expect(trace.loadRequests).toBeGreaterThanOrEqual(100);
    const problems = [...trace.problemsBefore, ...(await databaseProblems(hub, trace))];
    // Under load the anonymous rows must also come after every identified user's writes, not only the reporter's.
    const [{ later }] = await hub.db.query(
      `SELECT count(*)::int AS later FROM audit_log WHERE id > $1 AND actor_id::text = ANY($2::text[])
          AND xmin::text::bigint >= (SELECT min(xmin::text::bigint) FROM audit_log
                                      WHERE id > $1 AND actor_id IS NULL AND entity_id = ANY($3::text[]))`,
      [trace.auditStart, users.map((user) => user.id), trace.anonymous.map((report) => report.id)],
    );
    if (later) problems.push(`${later} identified audit rows of the busy users have an xmin at or after the anonymous rows'`);
    expect(problems).toEqual([]);

    const lines = hub.logLines.slice(firstLine);
    expect(lines.length).toBeGreaterThan(trace.loadRequests);
    const secrets = [
      ...trace.anonymous.flatMap((report) => [report.receiptCode, report.passphrase, report.id!, report.answer, report.guidance]),
      ...[trace.person, ...users].flatMap((user) => [user.id, user.email]),
    ];
    const leaks = secrets.flatMap((secret) =>
      lines.filter((line) => line.toLowerCase().includes(secret.toLowerCase())).map((line) => `${secret}: ${line.slice(0, 200)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('sends a whole day in one batch: no release moment is drawn at submission, one is drawn for the day once it has ended', async () => {
    const held = (codes: string[]) =>
      hub.db.query(`SELECT day::text AS day, release_after AS "releaseAfter" FROM anonymous_inbox WHERE receipt_code = ANY($1)`, [codes]);
    const codes = await holdingBackReleases(hub, async () => {
      const sent = await Promise.all(
        Array.from({ length: 10 }, () => hub.client().ok(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS }) })),
      );
      const receiptCodes: string[] = sent.map(({ reportPracticeGap }) => reportPracticeGap.receiptCode);
      // Racing first submissions of a day each drew their own moment, splitting the day into batches that date themselves.
      expect((await held(receiptCodes)).filter((row: { releaseAfter: Date | null }) => row.releaseAfter !== null)).toEqual([]);
      return receiptCodes;
    });
    const [{ day }] = await held(codes);
    const dayEnds = Date.parse(`${day}T00:00:00.000Z`) + 86_400_000;
    // Just after the day: the moment is drawn, and (unless it is this very millisecond) nothing leaves yet.
    while ((await hub.get(AnonymousReleaseJob).release(new Date(dayEnds + 1))) === null)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const rows: { releaseAfter: Date }[] = await held(codes);
    // Another test file's release (as if a day and more had passed) may have sent them meanwhile: then all at once.
    if (rows.length) {
      const moments = new Set(rows.map((row) => row.releaseAfter.getTime()));
      expect(moments.size).toBe(1);
      expect([...moments][0]).toBeGreaterThanOrEqual(dayEnds);
      expect([...moments][0]).toBeLessThanOrEqual(dayEnds + RELEASE_WINDOW_HOURS * 3600_000);
      await releaseHeld(hub);
    }
    const batches = await hub.db.query(
      `SELECT count(DISTINCT a.xmin::text)::int AS n FROM audit_log a JOIN practice_gap_reports r ON a.entity_id = r.id::text
        WHERE a.action = 'reportPracticeGap' AND r.receipt_code = ANY($1)`,
      [codes],
    );
    expect(batches).toEqual([{ n: 1 }]);
  });
});
