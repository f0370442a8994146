import { Profession, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SessionsService } from '../src/accounts/sessions.service';
import { SESSION_COOKIE } from '../src/platform/auth/session-cookie';
import { HubClient, TestAccount, TestHub } from './hub';

export const VOTE_FIELDS = `id recommendationId revisionNumber openedAt closesAt closedAt quorum open result myChoice recusedMe
  tally { for against abstain } eligibleCount votesCast
  record {
    result tally { for against abstain } eligibleCount quorum ballots { member { id name } choice } recused { id name }
    closedAt revisionNumber
  }`;

export const OPEN_VOTE = `mutation ($recommendationId: ID!, $closesAt: DateTime!, $quorum: Float!) {
  openVote(recommendationId: $recommendationId, closesAt: $closesAt, quorum: $quorum) { ${VOTE_FIELDS} }
}`;
export const CAST_VOTE = `mutation ($voteId: ID!, $choice: VoteChoice!) { castVote(voteId: $voteId, choice: $choice) { ${VOTE_FIELDS} } }`;
export const CLOSE_VOTE = `mutation ($voteId: ID!) { closeVote(voteId: $voteId) { ${VOTE_FIELDS} } }`;
export const VOTES = `query ($recommendationId: ID!) { votes(recommendationId: $recommendationId) { ${VOTE_FIELDS} } }`;

const HOUR = 60 * 60 * 1000;
export const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/**
 * Accounts with live sessions, written straight to the tables: registering fifty through the API
 * would spend fifty argon2 hashes. The sessions are real (SessionsService starts them); the
 * password hash is not a hash, so these accounts can never sign in with a password.
 */
export async function quickAccounts(hub: TestHub, count: number, roles: Role[], name = 'Member'): Promise<TestAccount[]> {
  const batch = randomUUID().slice(0, 8);
  const names = Array.from({ length: count }, (_, index) => `${name} ${String(index + 1).padStart(3, '0')} ${batch}`);
  const emails = names.map(() => `${randomUUID()}@example.nhs.uk`);
  const rows: { id: string; name: string; email: string }[] = await hub.db.query(
    `INSERT INTO accounts (name, email, password_hash, profession, organisation, roles)
     SELECT name, email, 'not-a-password-hash', $3, 'Test Trust', $4::text[] FROM unnest($1::text[], $2::text[]) AS a(name, email)
     RETURNING id, name, email`,
    [names, emails, Profession.CLINICIAN, [Role.CONTRIBUTOR, ...roles]],
  );
  const sessions = hub.get(SessionsService);
  return Promise.all(
    rows.map(async (row) => {
      const { token } = await sessions.start(row.id);
      return { ...row, client: new HubClient(request.agent(hub.url).set('Cookie', `${SESSION_COOKIE}=${token}`)) };
    }),
  );
}

export const quickAccount = async (hub: TestHub, roles: Role[], name?: string) => (await quickAccounts(hub, 1, roles, name))[0];

const quickChair = (hub: TestHub) => quickAccount(hub, [Role.BOARD_MEMBER, Role.CHAIR], 'Chair');

/** A suite's hub and the chair of its board (a quick account unless `chairOf` makes another). */
export async function hubWithChair(
  chairOf: (hub: TestHub) => Promise<TestAccount> = quickChair,
): Promise<{ hub: TestHub; chair: TestAccount }> {
  const hub = await TestHub.start();
  return { hub, chair: await chairOf(hub) };
}

/** A draft recommendation written straight to the table: drafting has its own suite. */
export async function draftRecommendation(hub: TestHub, { organisations = [] as string[], revision = 1 } = {}): Promise<string> {
  const [row] = await hub.db.query(
    `INSERT INTO recommendations (title, summary, rationale, status, organisations, revision_number, version)
     VALUES ('Share discharge summaries as FHIR documents', 'summary', 'rationale', 'DRAFT', $1, $2, $2) RETURNING id`,
    [organisations, revision],
  );
  return row.id;
}

/** Opens a vote as the chair and returns its id. */
export async function openVote(chair: HubClient, recommendationId: string, quorum = 0.001, closesAt = inHours(48)): Promise<string> {
  return (await chair.ok(OPEN_VOTE, { recommendationId, closesAt, quorum })).openVote.id;
}

/** Each stored ballot's choice counted by choice, straight from the table. */
export async function storedTally(hub: TestHub, voteId: string): Promise<{ for: number; against: number; abstain: number }> {
  const rows: { choice: string; count: number }[] = await hub.db.query(
    `SELECT choice, count(*)::int AS count FROM ballots WHERE vote_id = $1 GROUP BY choice`,
    [voteId],
  );
  const count = (choice: string) => rows.find((row) => row.choice === choice)?.count ?? 0;
  return { for: count('FOR'), against: count('AGAINST'), abstain: count('ABSTAIN') };
}
