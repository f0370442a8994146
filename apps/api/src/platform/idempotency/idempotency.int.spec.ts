import { ErrorCode, Profession } from '@ideas-hub/domain';
import { createHash, randomUUID } from 'node:crypto';
import { TEST_PASSWORD, TestHub } from '../../../test/hub';
import { COMMENT, IDEA, SAVE_DRAFT, SUBMIT, completeIdea, submitIdea, themeId } from '../../../test/ideas';
import { ARGON2_MAX_IN_FLIGHT, ARGON2_MAX_QUEUED } from '../../accounts/passwords';
import { expireIdempotencyKeys } from './idempotency';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id email } }`;
const TIMES = 20;

/** Sends the same request `TIMES` times at once, as a double-clicking or retrying browser would. */
const atOnce = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: TIMES }, send));
const codes = (bodies: { errors?: { extensions: { code: string } }[]; status: number }[]) =>
  bodies.map((body) => body.errors?.[0]?.extensions.code ?? `ok ${body.status}`);

describe('idempotency keys on creating mutations', () => {
  const hub = TestHub.forSuite();
  const { author, other } = hub.suiteAccounts({ author: [], other: [] });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  const count = async (sql: string, params: unknown[]) => (await hub.db.query(sql, params))[0].count as number;
  const ideasTitled = (title: string, status = 'DRAFT') =>
    count(`SELECT count(*)::int AS count FROM ideas WHERE title = $1 AND status = $2`, [title, status]);

  it('makes one draft of 20 identical saveIdeaDraft requests sent at once; submitting it 20 times at once submits it once', async () => {
    const title = `Once only ${randomUUID()}`;
    const idempotencyKey = randomUUID();
    const saved = await atOnce(() => author.client.gql(SAVE_DRAFT, { input: { ...completeIdea(theme, { title }), idempotencyKey } }));
    expect(codes(saved)).toEqual(Array(TIMES).fill('ok 200'));
    const ids = new Set(saved.map((body) => body.data!.saveIdeaDraft.id));
    expect(ids.size).toBe(1);
    expect(await ideasTitled(title)).toBe(1);

    const [id] = ids;
    const submitted = await atOnce(() => author.client.gql(SUBMIT, { id }));
    expect(codes(submitted)).toEqual(Array(TIMES).fill('ok 200'));
    expect(new Set(submitted.map((body) => `${body.data!.submitIdea.id} ${body.data!.submitIdea.status}`))).toEqual(
      new Set([`${id} SUBMITTED`]),
    );
    expect(await ideasTitled(title, 'SUBMITTED')).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM idea_status_changes WHERE idea_id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'submitIdea' AND entity_id = $1`, [id])).toBe(1);

    // A new form has a new key: a new draft.
    await author.client.ok(SAVE_DRAFT, { input: { title, idempotencyKey: randomUUID() } });
    expect(await ideasTitled(title)).toBe(1);
    expect(await ideasTitled(title, 'SUBMITTED')).toBe(1);
  });

  it('keeps only the SHA-256 of the key', async () => {
    const idempotencyKey = randomUUID();
    await author.client.ok(SAVE_DRAFT, { input: { title: 'Hashed key', idempotencyKey } });
    const rows = await hub.db.query(`SELECT key_hash, scope, account_id FROM idempotency_keys WHERE key_hash = $1`, [
      createHash('sha256').update(idempotencyKey).digest(),
    ]);
    expect(rows).toEqual([expect.objectContaining({ scope: 'saveIdeaDraft', account_id: author.id })]);
    const [{ leaks }] = await hub.db.query(`SELECT count(*)::int AS leaks FROM idempotency_keys k WHERE k::text ILIKE $1`, [
      `%${idempotencyKey}%`,
    ]);
    expect(leaks).toBe(0);
  });

  it('makes one comment of 20 identical addComment requests sent at once', async () => {
    const ideaId = await submitIdea(author.client, theme);
    const idempotencyKey = randomUUID();
    const added = await atOnce(() => other.client.gql(COMMENT, { input: { ideaId, body: 'Sent twice by mistake', idempotencyKey } }));
    expect(codes(added)).toEqual(Array(TIMES).fill('ok 200'));
    expect(new Set(added.map((body) => body.data!.addComment.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM comments WHERE idea_id = $1`, [ideaId])).toBe(1);
    const { idea } = await other.client.ok(IDEA, { id: ideaId });
    expect(idea.commentCount).toBe(1);

    await other.client.ok(COMMENT, { input: { ideaId, body: 'Sent twice by mistake', idempotencyKey: randomUUID() } });
    expect(await count(`SELECT count(*)::int AS count FROM comments WHERE idea_id = $1`, [ideaId])).toBe(2);
  });

  it('makes one account of identical register requests sent at once, each signed in to it', async () => {
    // As many as the argon2 bound admits at once: beyond it, the hub answers "busy" before any work.
    const times = ARGON2_MAX_IN_FLIGHT + ARGON2_MAX_QUEUED;
    const input = {
      name: 'Sam Double',
      email: `${randomUUID()}@example.nhs.uk`,
      password: TEST_PASSWORD,
      profession: Profession.NURSE_MIDWIFE_AHP,
      idempotencyKey: randomUUID(),
    };
    const clients = Array.from({ length: times }, () => hub.client());
    const registered = await Promise.all(clients.map((client) => client.gql(REGISTER, { input })));
    expect(codes(registered)).toEqual(Array(times).fill('ok 200'));
    expect(new Set(registered.map((body) => body.data!.register.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM accounts WHERE email = $1`, [input.email])).toBe(1);
    const signedIn = await Promise.all(clients.map((client) => client.ok(`{ me { id } }`)));
    expect(new Set(signedIn.map(({ me }) => me?.id))).toEqual(new Set([registered[0].data!.register.id]));
  });

  it('gives a replayed registration no session without the same email and password', async () => {
    const input = {
      name: 'Alex Once',
      email: `${randomUUID()}@example.nhs.uk`,
      password: TEST_PASSWORD,
      profession: Profession.CLINICIAN,
      idempotencyKey: randomUUID(),
    };
    await hub.client().ok(REGISTER, { input });
    for (const changed of [{ password: 'another long password' }, { email: `${randomUUID()}@example.nhs.uk` }]) {
      const stranger = hub.client();
      const error = await stranger.error(REGISTER, { input: { ...input, ...changed } });
      expect(error.extensions.code).toBe(ErrorCode.CONFLICT);
      expect(error.message).toMatch(/already sent/);
      expect((await stranger.ok(`{ me { id } }`)).me).toBeNull();
    }
    expect(await count(`SELECT count(*)::int AS count FROM accounts WHERE name = 'Alex Once'`, [])).toBe(1);
  });

  it('refuses a key used by another account or for another form, never showing their result', async () => {
    const idempotencyKey = randomUUID();
    await author.client.ok(SAVE_DRAFT, { input: { title: 'Mine alone', idempotencyKey } });
    const stolen = await other.client.error(SAVE_DRAFT, { input: { title: 'Mine alone', idempotencyKey } });
    expect(stolen.extensions.code).toBe(ErrorCode.CONFLICT);
    expect(JSON.stringify(stolen)).not.toMatch(/Mine alone/);

    const ideaId = await submitIdea(author.client, theme);
    const otherForm = await author.client.error(COMMENT, { input: { ideaId, body: 'A comment', idempotencyKey } });
    expect(otherForm.extensions.code).toBe(ErrorCode.CONFLICT);
    expect(await count(`SELECT count(*)::int AS count FROM comments WHERE idea_id = $1`, [ideaId])).toBe(0);
  });

  it('refuses a key that is not a UUID', async () => {
    const error = await author.client.error(SAVE_DRAFT, { input: { title: 'Bad key', idempotencyKey: 'not-a-uuid' } });
    expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toMatch(/idempotencyKey must be a UUID/);
  });

  it('forgets a key after 24 hours', async () => {
    const title = `Expiring ${randomUUID()}`;
    const idempotencyKey = randomUUID();
    const keyHash = createHash('sha256').update(idempotencyKey).digest();
    await author.client.ok(SAVE_DRAFT, { input: { title, idempotencyKey } });
    await hub.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key_hash = $1`, [keyHash]);
    // Past its time the key is new again, even before the cleanup has run.
    await author.client.ok(SAVE_DRAFT, { input: { title, idempotencyKey } });
    expect(await ideasTitled(title)).toBe(2);

    await hub.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key_hash = $1`, [keyHash]);
    expect(await expireIdempotencyKeys(hub.db.manager)).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*)::int AS count FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`, [])).toBe(0);
  });
});
