import { IdentityMode, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import type { HubClient, TestAccount } from '../../test/hub';
import { TestHub } from '../../test/hub';
import { ENDORSE, FOLLOW, LIST as IDEAS, submitIdea, themeId, UNFOLLOW, WITHDRAW } from '../../test/ideas';
import { ANSWER, fileReport, holdingBackReleases, LIST, ONE, releaseHeld, REPLY, REPORT, reportInput, STATUS } from '../../test/reports';
import { ASSIGN, QUEUE } from '../../test/reviews';
import { RELEASE_LOCK } from './anonymous-inbox.repository';
import { AnonymousReleaseJob, RELEASE_WINDOW_HOURS } from './anonymous-release.job';

const AUDIT = `query ($after: String) {
  auditLog(first: 100, after: $after) { edges { node { id at action entityId actor { id } after } } pageInfo { hasNextPage endCursor } }
}`;
const ANONYMOUS_REPORTS = 3;

interface Trace {
  person: TestAccount;
  /** The person's open reports: one filed before the anonymous ones, one after. */
  openIds: string[];
  anonymous: { receiptCode: string; passphrase: string; guidance: string; answer: string; id?: string }[];
  /** The audit log's last id before the trace began. */
  auditStart: number;
}

const midnightToday = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z').getTime();
const tomorrow = () => new Date(midnightToday() + 86_400_000).toISOString().slice(0, 10);
const between = (value: number, values: number[]) => values.length > 1 && value > Math.min(...values) && value < Math.max(...values);

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
async function runTrace(
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
       UNION ALL SELECT 'audit_log', count(*)::int FROM audit_log WHERE id > $3 AND actor_id IS NULL AND action IN ('reportPracticeGap', 'answerReport')`,
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

interface KeyedRow {
  anonymous: boolean;
  xmin: number;
  ctid: number;
  [key: string]: unknown;
}

/**
 * What a plain SELECT shows of each shared table: xmin, ctid, identity ids and every timestamp. The anonymous rows
 * must all come from one transaction later than the person's identified ones, sit outside their span on every key,
 * and carry only midnight of the day as a time.
 */
async function databaseProblems(hub: TestHub, trace: Trace): Promise<string[]> {
  const anonIds = trace.anonymous.map((report) => report.id!);
  const params = [trace.person.id, trace.openIds, anonIds, trace.auditStart];
  const tables: { table: string; identified: string; anonymous: string; times: string[]; ids?: string; expected: number }[] = [
    {
      table: 'practice_gap_reports',
      identified: 'reporter_id = $1',
      anonymous: 'id::text = ANY($3::text[])',
      times: ['created_at', 'updated_at'],
      expected: ANONYMOUS_REPORTS,
    },
    {
      table: 'report_status_changes',
      identified: 'report_id::text = ANY($2::text[])',
      anonymous: 'report_id::text = ANY($3::text[])',
      times: ['created_at'],
      expected: ANONYMOUS_REPORTS,
    },
    {
      table: 'report_messages',
      identified: 'report_id::text = ANY($2::text[])',
      anonymous: 'report_id::text = ANY($3::text[])',
      times: ['created_at'],
      expected: ANONYMOUS_REPORTS,
    },
    {
      table: 'audit_log',
      identified: 'actor_id = $1',
      anonymous: `id > $4 AND ((action = 'reportPracticeGap' AND entity_id = ANY($3::text[])) OR (action = 'answerReport' AND after->>'reportId' = ANY($3::text[])))`,
      times: ['occurred_at'],
      ids: 'id',
      expected: 2 * ANONYMOUS_REPORTS,
    },
    {
      table: 'notifications',
      identified: 'recipient_id = $1',
      anonymous: `link LIKE ANY (SELECT '%' || id || '%' FROM unnest($3::text[]) id)`,
      times: ['created_at', 'read_at'],
      expected: 0,
    },
  ];
  const problems: string[] = [];
  const midnight = midnightToday();
  for (const { table, identified, anonymous, times, ids, expected } of tables) {
    const rows: KeyedRow[] = await hub.db.query(
      `SELECT ${anonymous} AS anonymous, xmin::text::bigint::float8 AS xmin,
              ((ctid::text::point)[0] * 100000 + (ctid::text::point)[1])::float8 AS ctid,
              ${[...times.map((column) => `extract(epoch from ${column}) * 1000 AS ${column}`), ...(ids ? [`${ids}::float8 AS seq`] : [])].join(', ')}
         FROM ${table}
        WHERE ($1::uuid, $2::text[], $3::text[], $4::bigint) IS NOT NULL AND ((${identified}) OR (${anonymous}))`,
      params,
    );
    const named = rows.filter((row) => !row.anonymous);
    const anon = rows.filter((row) => row.anonymous);
    if (anon.length !== expected) problems.push(`${table}: ${anon.length} anonymous rows, expected ${expected}`);
    if (table !== 'notifications' && named.length < 2) problems.push(`${table}: only ${named.length} identified rows to compare with`);
    if (new Set(anon.map((row) => row.xmin)).size > 1)
      problems.push(`${table}: anonymous rows from ${new Set(anon.map((row) => row.xmin)).size} transactions`);
    for (const row of anon) {
      if (named.some((other) => other.xmin >= row.xmin))
        problems.push(
          `${table}: an anonymous row's xmin ${row.xmin} is not after the identified rows' (max ${Math.max(...named.map((other) => other.xmin))})`,
        );
      // With other sessions inserting at once PostgreSQL fills several pages side by side, so ctid follows neither
      // time nor anything else: the identified rows of one person spread over many pages, and the batch takes space
      // wherever there is some at release. Every test file running alongside writes the audit log, so there ctid shows
      // only where free space was at release: its rows are held to one later xmin, ids and times instead.
      const physical = table === 'audit_log' ? [] : ['ctid'];
      for (const key of [...physical, ...(ids ? ['seq'] : []), ...times]) {
        const value = row[key] as number | null;
        const values = named.map((other) => other[key] as number | null).filter((other): other is number => other !== null);
        if (value !== null && between(value, values))
          problems.push(`${table}.${key}: anonymous ${value} between identified ${Math.min(...values)} and ${Math.max(...values)}`);
      }
      for (const column of times) {
        if (row[column] !== null && Number(row[column]) !== midnight)
          problems.push(`${table}.${column}: anonymous row at ${new Date(Number(row[column])).toISOString()}`);
      }
    }
  }
  return problems;
}

/** What the board and an administrator see: the audit log, the reports list, each report, the review queue. */
async function visibleProblems(trace: Trace, chair: TestAccount, admin: TestAccount): Promise<string[]> {
  const problems: string[] = [];
  const midnight = new Date(midnightToday()).toISOString();
  const anonIds = new Set(trace.anonymous.map((report) => report.id!));
  const check = (where: string, positions: { anonymous: boolean; keys: Record<string, number> }[]) => {
    const named = positions.filter((entry) => !entry.anonymous);
    positions.forEach((entry, index) => {
      if (!entry.anonymous) return;
      const places = named.map((other) => positions.indexOf(other));
      if (between(index, places)) problems.push(`${where}: an anonymous entry listed between the person's entries`);
      for (const [key, value] of Object.entries(entry.keys)) {
        if (
          between(
            value,
            named.map((other) => other.keys[key]),
          )
        )
          problems.push(`${where}.${key}: anonymous ${value} between identified`);
      }
    });
  };

  for (const viewer of [chair, admin]) {
    const entries: { id: string; at: string; action: string; entityId: string; actor: { id: string } | null; after: string | null }[] = [];
    let after: string | null = null;
    let pastTheDay = false;
    // Newest first by time: page until the day before, past every entry of today, anonymous ones (at midnight) included.
    do {
      const { auditLog }: { auditLog: any } = await viewer.client.ok(AUDIT, { after });
      entries.push(...auditLog.edges.map((edge: { node: (typeof entries)[number] }) => edge.node));
      after = auditLog.pageInfo.hasNextPage ? auditLog.pageInfo.endCursor : null;
      pastTheDay = entries.some((entry) => Date.parse(entry.at) < Date.parse(midnight));
    } while (after && !pastTheDay);
    const ours = entries
      .filter((entry) => Number(entry.id) > trace.auditStart)
      .map((entry) => ({
        entry,
        anonymous: anonIds.has(entry.entityId) || anonIds.has(JSON.parse(entry.after ?? '{}').reportId),
        named: entry.actor?.id === trace.person.id,
      }))
      .filter(({ anonymous, named }) => anonymous || named);
    check(
      'auditLog',
      ours.map(({ entry, anonymous }) => ({ anonymous, keys: { id: Number(entry.id), at: Date.parse(entry.at) } })),
    );
    for (const { entry } of ours.filter(({ anonymous }) => anonymous)) {
      if (entry.actor !== null || entry.at !== midnight)
        problems.push(`auditLog: anonymous ${entry.action} by ${entry.actor?.id} at ${entry.at}`);
    }
    if (ours.filter(({ anonymous }) => anonymous).length !== 2 * ANONYMOUS_REPORTS)
      problems.push(`auditLog: ${ours.filter(({ anonymous }) => anonymous).length} anonymous entries`);

    const nodes: { id: string; createdAt: string; history: { at: string }[]; messages: { createdAt: string }[] }[] = [];
    let page: string | null = null;
    do {
      const { practiceGapReports }: { practiceGapReports: any } = await viewer.client.ok(LIST, { first: 100, after: page });
      nodes.push(...practiceGapReports.edges.map((edge: { node: (typeof nodes)[number] }) => edge.node));
      page = practiceGapReports.pageInfo.hasNextPage ? practiceGapReports.pageInfo.endCursor : null;
    } while (page && ![...trace.openIds, ...anonIds].every((id) => nodes.some((node) => node.id === id)));
    const listed = nodes.filter((node) => anonIds.has(node.id) || trace.openIds.includes(node.id));
    check(
      'practiceGapReports',
      listed.map((node) => ({ anonymous: anonIds.has(node.id), keys: { createdAt: Date.parse(node.createdAt) } })),
    );
    for (const id of anonIds) {
      const { practiceGapReport } = await viewer.client.ok(ONE, { id });
      const times = [
        practiceGapReport.createdAt,
        ...practiceGapReport.history.map((row: { at: string }) => row.at),
        ...practiceGapReport.messages.map((m: { createdAt: string }) => m.createdAt),
      ];
      if (times.length !== 3 || times.some((time) => time !== midnight)) problems.push(`practiceGapReport: times ${times.join(', ')}`);
    }
  }

  // The board's review queue, as the chair sees the items assigned to them: the longest waiting first.
  for (const id of [...trace.openIds, ...anonIds]) await chair.client.ok(ASSIGN, { item: { kind: 'REPORT', id }, memberId: chair.id });
  const { reviewQueue } = await chair.client.ok(QUEUE, { kind: 'REPORT', assignedToMe: true });
  const queued = reviewQueue.items.filter((item: { id: string }) => anonIds.has(item.id) || trace.openIds.includes(item.id));
  if (queued.length !== trace.openIds.length + anonIds.size) problems.push(`reviewQueue: ${queued.length} of our items`);
  check(
    'reviewQueue',
    queued.map((item: { id: string; submittedAt: string }) => ({
      anonymous: anonIds.has(item.id),
      keys: { submittedAt: Date.parse(item.submittedAt) },
    })),
  );
  return problems;
}

describe('anonymous reports in the order of things', () => {
  let hub: TestHub;
  let chair: TestAccount;
  let admin: TestAccount;
  let author: TestAccount;
  beforeAll(async () => {
    hub = await TestHub.start({ logLevel: 'debug' }, { captureLogs: true });
    chair = await hub.account([Role.BOARD_MEMBER, Role.CHAIR], 'Chair Order');
    admin = await hub.account([Role.ADMIN], 'Admin Order');
    author = await hub.account([], 'Idea Author');
  });
  afterAll(() => hub.close());

  it('never ranks an anonymous report or its answers between the reporter’s identified actions, by any key the board or a database reader sees', async () => {
    const trace = await runTrace(hub, chair, author.client, []);
    const problems = [...trace.problemsBefore, ...(await databaseProblems(hub, trace)), ...(await visibleProblems(trace, chair, admin))];
    expect(problems).toEqual([]);
  });

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
          AND xmin::text::bigint >= (SELECT min(xmin::text::bigint) FROM audit_log WHERE id > $1 AND actor_id IS NULL AND entity_id = ANY($3::text[]))`,
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
