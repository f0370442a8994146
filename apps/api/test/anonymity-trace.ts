import { IdentityMode } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import type { HubClient, TestAccount, TestHub } from './hub';
import { ENDORSE, FOLLOW, LIST as IDEAS, submitIdea, themeId, UNFOLLOW, WITHDRAW } from './ideas';
import { ANSWER, fileReport, LIST, releaseHeld, REPLY, REPORT, reportInput, STATUS } from './reports';
import { RELEASE_LOCK } from '../src/reports/anonymous-inbox.repository';

/*
 * The trace behind anonymity-order.int.spec.ts: one person's identified actions with anonymous reports and answers
 * sent in the middle of them, from the same browser.
 */

export const ANONYMOUS_REPORTS = 3;

export interface Trace {
  person: TestAccount;
  /** The person's open reports: one filed before the anonymous ones, one after. */
  openIds: string[];
  anonymous: { receiptCode: string; passphrase: string; guidance: string; answer: string; id?: string }[];
  /** The audit log's last id before the trace began. */
  auditStart: number;
}

export const midnightToday = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z').getTime();
const tomorrow = () => new Date(midnightToday() + 86_400_000).toISOString().slice(0, 10);
export const between = (value: number, values: number[]) => values.length > 1 && value > Math.min(...values) && value < Math.max(...values);

/**
 * Identified users working all through the trace (20 of them, in the test under load): each follows,
 * lists, endorses and unfollows an idea, over and over, until told to stop.
 */
async function busyUsers(hub: TestHub, users: TestAccount[], ideaId: string): Promise<() => Promise<number>> {
  let running = true;
  let requests = 0;
  const work = users.map(async (user) => {
    while (running) {
      await user.client.ok(FOLLOW, { id: ideaId });
      await user.client.ok(IDEAS, { first: 5 });
      await user.client.ok(ENDORSE, { id: ideaId });
      await user.client.ok(WITHDRAW, { id: ideaId });
      await user.client.ok(UNFOLLOW, { id: ideaId });
      requests += 5;
    }
  });
  return async () => {
    running = false;
    await Promise.all(work);
    return requests;
  };
}

/**
 * A contributor, signed in: identified actions, then anonymous reports from the same browser and answers through
 * their receipts, then identified actions again; all while the release is held back, then released.
 */
export async function runTrace(
  hub: TestHub,
  board: TestAccount,
  author: HubClient,
  users: TestAccount[],
): Promise<Trace & { problemsBefore: string[]; loadRequests: number }> {
  const person = await hub.account([], 'Trace Person');
  const ideaId = await submitIdea(author, await themeId(hub));
  const [{ max }] = await hub.db.query(`SELECT coalesce(max(id), 0)::int AS max FROM audit_log`);
  const tag = randomUUID().slice(0, 8);
  const lock = hub.db.createQueryRunner();
  await lock.connect();
  const problemsBefore: string[] = [];
  let loadRequests = 0;
  const openIds: string[] = [];
  const anonymous: Trace['anonymous'] = [];
  const stop = await busyUsers(hub, users, ideaId);
  try {
    await person.client.ok(FOLLOW, { id: ideaId });
    openIds.push((await fileReport(hub, person.client, { guidance: `Open before ${tag}` })).id);
    await person.client.ok(REPLY, { reportId: openIds[0], body: 'More detail, openly.' });
    await person.client.ok(ENDORSE, { id: ideaId });
    // Holding the release lock from here keeps any other test file's release (they share the database) from
    // running in the middle of the trace; only as long as needed, since their releases wait for it.
    await lock.query(`SELECT pg_advisory_lock_shared($1)`, [RELEASE_LOCK]);
    const [{ locked }] = await hub.db.query(`SELECT coalesce(max(id), 0)::int AS locked FROM audit_log`);
    for (let index = 0; index < ANONYMOUS_REPORTS; index++) {
      const guidance = `Anonymous ${tag} ${index}`;
      const { reportPracticeGap } = await person.client.ok(REPORT, {
        input: reportInput({ identityMode: IdentityMode.ANONYMOUS, guidance }),
      });
      expect(reportPracticeGap).toMatchObject({ status: 'RECEIVED', boardSeesOn: tomorrow() });
      anonymous.push({ ...reportPracticeGap, guidance, answer: `Answer ${tag} ${index}` });
    }
    for (const report of anonymous) {
      await person.client.ok(ANSWER, { receipt: report.receiptCode, passphrase: report.passphrase, body: report.answer });
    }
    // The reporter already follows a held report, and sees their own held answer as sent.
    const { reportStatus } = await hub.client().ok(STATUS, { receipt: anonymous[0].receiptCode, passphrase: anonymous[0].passphrase });
    expect(reportStatus).toMatchObject({
      status: 'RECEIVED',
      boardSeesOn: tomorrow(),
      reporter: null,
      guidance: anonymous[0].guidance,
      history: [{ fromStatus: null, toStatus: 'RECEIVED', at: new Date(midnightToday()).toISOString() }],
      messages: [
        { authorKind: 'REPORTER', authorName: null, body: anonymous[0].answer, createdAt: new Date(midnightToday()).toISOString() },
      ],
    });
    await person.client.ok(UNFOLLOW, { id: ideaId });
    await person.client.ok(WITHDRAW, { id: ideaId });
    openIds.push((await fileReport(hub, person.client, { guidance: `Open after ${tag}` })).id);
    await person.client.ok(REPLY, { reportId: openIds[1], body: 'And more, openly.' });
    loadRequests = await stop();

    // Before the release nothing of the anonymous reports is in the shared tables, and the board sees none of it.
    const codes = anonymous.map((report) => report.receiptCode);
    const shared = await hub.db.query(
      `SELECT 'practice_gap_reports' AS t, count(*)::int AS n FROM practice_gap_reports WHERE receipt_code = ANY($1)
       UNION ALL SELECT 'report_messages', count(*)::int FROM report_messages WHERE body = ANY($2)
       UNION ALL SELECT 'audit_log', count(*)::int FROM audit_log
                  WHERE id > $3 AND actor_id IS NULL AND action IN ('reportPracticeGap', 'answerReport')`,
      [codes, anonymous.map((report) => report.answer), locked],
    );
    for (const { t, n } of shared) if (n) problemsBefore.push(`before release, ${n} rows in ${t}`);
    const listed = JSON.stringify((await board.client.ok(LIST, { first: 100 })).practiceGapReports);
    for (const report of anonymous)
      if (listed.includes(report.guidance)) problemsBefore.push('before release, the board lists an anonymous report');
  } finally {
    await stop();
    await lock.query(`SELECT pg_advisory_unlock_shared($1)`, [RELEASE_LOCK]);
    await lock.release();
  }
  await releaseHeld(hub);
  for (const report of anonymous) {
    [{ id: report.id }] = await hub.db.query(`SELECT id FROM practice_gap_reports WHERE receipt_code = $1`, [report.receiptCode]);
  }
  return { person, openIds, anonymous, auditStart: max, problemsBefore, loadRequests };
}
