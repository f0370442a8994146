import { IdentityMode, Role } from '@ideas-hub/domain';
import { RELEASE_LOCK } from '../src/reports/anonymous-inbox.repository';
import { AnonymousReleaseJob } from '../src/reports/anonymous-release.job';
import type { HubClient, TestAccount } from './hub';
import { TestHub } from './hub';

/** Every field of a report that a client could ask for, including each that could name the reporter. */
export const REPORT_FIELDS = `id receiptCode identityMode reporter { id name email profession organisation } guidance guidanceUrl
  organisation { odsCode name } organisationName whatHappens whatShouldHappen impact evidence { label url } theme { slug }
  status statusNote recommendationId createdAt boardSeesOn messages { id authorKind authorName body createdAt }
  history { fromStatus toStatus note at }`;

export const REPORT = `mutation ($input: ReportPracticeGapInput!) {
  reportPracticeGap(input: $input) { receiptCode passphrase status boardSeesOn }
}`;
export const LIST = `query ($first: Int, $after: String, $status: ReportStatus) {
  practiceGapReports(first: $first, after: $after, status: $status) {
    totalCount edges { cursor node { ${REPORT_FIELDS} } } pageInfo { hasNextPage endCursor }
  }
}`;
export const ONE = `query ($id: ID!) { practiceGapReport(id: $id) { ${REPORT_FIELDS} } }`;
export const MINE = `{ myReports { ${REPORT_FIELDS} } }`;
export const STATUS = `query ($receipt: String!, $passphrase: String!) {
  reportStatus(receipt: $receipt, passphrase: $passphrase) { ${REPORT_FIELDS} }
}`;
export const REPLY = `mutation ($reportId: ID!, $body: String!) {
  replyToReport(reportId: $reportId, body: $body) { id authorKind authorName body createdAt }
}`;
export const ANSWER = `mutation ($receipt: String!, $passphrase: String!, $body: String!) {
  answerReport(receipt: $receipt, passphrase: $passphrase, body: $body) { id authorKind authorName body createdAt }
}`;
export const SET_STATUS = `mutation ($input: SetReportStatusInput!) { setReportStatus(input: $input) { ${REPORT_FIELDS} } }`;

export function reportInput(overrides: Record<string, unknown> = {}) {
  return {
    identityMode: IdentityMode.OPEN,
    guidance: 'NICE NG51: sepsis recognition, diagnosis and early management',
    guidanceUrl: 'https://www.nice.org.uk/guidance/ng51',
    whatHappens: 'Antibiotics for suspected sepsis are often given more than an hour after triage.',
    whatShouldHappen: 'Antibiotics within one hour for adults at high risk.',
    impact: 'Delays raise the risk of deterioration and death.',
    ...overrides,
  };
}

export interface FiledReport {
  id: string;
  receiptCode: string;
  passphrase: string | null;
}

/** Later than any held row's release moment: the end of today (UTC) plus the whole release window, and some. */
export const AFTER_RELEASE = () => new Date(Date.now() + 31 * 3600_000);

/**
 * Runs the release job as if the day had ended, waiting while another test file's release (or a test that
 * holds the release lock) runs: every test file shares one database.
 */
export async function releaseHeld(hub: TestHub): Promise<number> {
  for (;;) {
    const released = await hub.get(AnonymousReleaseJob).release(AFTER_RELEASE());
    if (released !== null) return released;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs `work` with every release held back (as one in progress would, on a connection of its own): what is held
 * stays held meanwhile, though another test file may release. New submissions still go through: they share the lock.
 */
export async function holdingBackReleases<T>(hub: TestHub, work: () => Promise<T>): Promise<T> {
  const runner = hub.db.createQueryRunner();
  await runner.connect();
  await runner.query(`SELECT pg_advisory_lock_shared($1)`, [RELEASE_LOCK]);
  try {
    return await work();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock_shared($1)`, [RELEASE_LOCK]);
    await runner.release();
  }
}

/** Files a report through the API and finds its id, as the board would see it: an anonymous one once released. */
export async function fileReport(hub: TestHub, client: HubClient, overrides: Record<string, unknown> = {}): Promise<FiledReport> {
  const { reportPracticeGap } = await client.ok(REPORT, { input: reportInput(overrides) });
  if (overrides.identityMode === IdentityMode.ANONYMOUS) await releaseHeld(hub);
  const [{ id }] = await hub.db.query(`SELECT id FROM practice_gap_reports WHERE receipt_code = $1`, [reportPracticeGap.receiptCode]);
  return { id, receiptCode: reportPracticeGap.receiptCode, passphrase: reportPracticeGap.passphrase };
}

/** A suite's hub, with a board member and a contributor, started before its tests and closed after them. */
export function reportsSuite(): { hub: TestHub; board: TestAccount; contributor: TestAccount } {
  const suite = {} as { hub: TestHub; board: TestAccount; contributor: TestAccount };
  beforeAll(async () => {
    suite.hub = await TestHub.start();
    suite.board = await suite.hub.account([Role.BOARD_MEMBER], 'Board Member Bea');
    suite.contributor = await suite.hub.account([], 'Contributor Cal');
  });
  afterAll(() => suite.hub.close());
  return suite;
}
