import type { TestAccount, TestHub } from './hub';
import { ASSIGN, QUEUE } from './reviews';
import { ANONYMOUS_REPORTS, between, midnightToday, Trace } from './anonymity-trace';
import { LIST, ONE } from './reports';

const AUDIT = `query ($after: String) {
  auditLog(first: 100, after: $after) { edges { node { id at action entityId actor { id } after } } pageInfo { hasNextPage endCursor } }
}`;

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
export async function databaseProblems(hub: TestHub, trace: Trace): Promise<string[]> {
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
      anonymous: `id > $4 AND ((action = 'reportPracticeGap' AND entity_id = ANY($3::text[]))
                   OR (action = 'answerReport' AND after->>'reportId' = ANY($3::text[])))`,
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
    const keys = [...times.map((column) => `extract(epoch from ${column}) * 1000 AS ${column}`), ...(ids ? [`${ids}::float8 AS seq`] : [])];
    const rows: KeyedRow[] = await hub.db.query(
      `SELECT ${anonymous} AS anonymous, xmin::text::bigint::float8 AS xmin,
              ((ctid::text::point)[0] * 100000 + (ctid::text::point)[1])::float8 AS ctid,
              ${keys.join(', ')}
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
      const latestNamed = Math.max(...named.map((other) => other.xmin));
      if (latestNamed >= row.xmin)
        problems.push(`${table}: an anonymous row's xmin ${row.xmin} is not after the identified rows' (max ${latestNamed})`);
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
export async function visibleProblems(trace: Trace, chair: TestAccount, admin: TestAccount): Promise<string[]> {
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
