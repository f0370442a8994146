import { ErrorCode, IdentityMode } from '@ideas-hub/domain';
import { createHash, randomUUID } from 'node:crypto';
import type { TestAccount } from '../../test/hub';
import { TestHub } from '../../test/hub';
import { AFTER_RELEASE, releaseHeld, REPORT, reportInput } from '../../test/reports';
import { AnonymousRelease, RELEASE_LOCK } from './anonymous-release';

const AT_ONCE = 20;

interface Sent {
  receiptCode: string;
  passphrase: string | null;
}

describe('reportPracticeGap with an idempotency key', () => {
  let hub: TestHub;
  let reporter: TestAccount;
  beforeAll(async () => {
    hub = await TestHub.start();
    reporter = await hub.account([], 'Double Clicker');
  });
  afterAll(() => hub.close());

  const send = async (client: TestAccount['client'], identityMode: IdentityMode, idempotencyKey: string, guidance: string): Promise<Sent> =>
    (await client.ok(REPORT, { input: reportInput({ identityMode, idempotencyKey, guidance }) })).reportPracticeGap;
  const counts = async (guidance: string) =>
    (
      await hub.db.query(
        `SELECT (SELECT count(*)::int FROM anonymous_inbox WHERE payload->>'guidance' = $1) AS held,
                (SELECT count(*)::int FROM practice_gap_reports WHERE guidance = $1) AS filed`,
        [guidance],
      )
    )[0];

  it('returns the first anonymous receipt and passphrase again, sent twice or 20 times at once, and stores only a hash of the key', async () => {
    const guidance = `Idempotent anonymous ${randomUUID()}`;
    const key = randomUUID();
    const first = await send(hub.client(), IdentityMode.ANONYMOUS, key, guidance);
    const again = await send(hub.client(), IdentityMode.ANONYMOUS, key, guidance);
    expect(again).toEqual(first);
    expect(first.passphrase).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);

    const raceGuidance = `${guidance} raced`;
    const raceKey = randomUUID();
    const raced = await Promise.all(Array.from({ length: AT_ONCE }, () => send(hub.client(), IdentityMode.ANONYMOUS, raceKey, raceGuidance)));
    expect(new Set(raced.map((sent) => `${sent.receiptCode} ${sent.passphrase}`)).size).toBe(1);
    expect(await counts(raceGuidance)).toEqual({ held: 1, filed: 0 });
    expect(await counts(guidance)).toEqual({ held: 1, filed: 0 });

    // A new form, a new key: a new report.
    const other = await send(hub.client(), IdentityMode.ANONYMOUS, randomUUID(), guidance);
    expect(other.receiptCode).not.toBe(first.receiptCode);
    expect(await counts(guidance)).toEqual({ held: 2, filed: 0 });

    const [stored] = await hub.db.query(`SELECT idempotency_key_hash, sealed_passphrase, to_jsonb(i)::text AS row FROM anonymous_inbox i WHERE receipt_code = $1`, [first.receiptCode]);
    expect(stored.idempotency_key_hash).toEqual(createHash('sha256').update(key).digest());
    expect(stored.row).not.toContain(key);
    expect(stored.row).not.toContain(first.passphrase);
    expect(stored.sealed_passphrase.toString('latin1')).not.toContain(first.passphrase);

    // Released, the sealed passphrase is gone: the same key cannot file it twice, nor show the passphrase again.
    await releaseHeld(hub);
    expect(await counts(guidance)).toEqual({ held: 0, filed: 2 });
    const [released] = await hub.db.query(`SELECT to_jsonb(r)::text AS row FROM practice_gap_reports r WHERE receipt_code = $1`, [first.receiptCode]);
    expect(released.row).not.toContain(key);
    const replay = await hub.client().error(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, idempotencyKey: key, guidance }) });
    expect(replay.extensions.code).toBe(ErrorCode.CONFLICT);
    expect(await counts(guidance)).toEqual({ held: 0, filed: 2 });
  });

  it('returns the first open report again, sent twice or 20 times at once, and never to another account', async () => {
    const guidance = `Idempotent open ${randomUUID()}`;
    const key = randomUUID();
    const first = await send(reporter.client, IdentityMode.OPEN, key, guidance);
    expect(await send(reporter.client, IdentityMode.OPEN, key, guidance)).toEqual(first);

    const raceGuidance = `${guidance} raced`;
    const raceKey = randomUUID();
    const raced = await Promise.all(Array.from({ length: AT_ONCE }, () => send(reporter.client, IdentityMode.CONFIDENTIAL, raceKey, raceGuidance)));
    expect(new Set(raced.map((sent) => sent.receiptCode)).size).toBe(1);
    expect(await counts(raceGuidance)).toEqual({ held: 0, filed: 1 });
    const [{ audited }] = await hub.db.query(
      `SELECT count(*)::int AS audited FROM audit_log a JOIN practice_gap_reports r ON a.entity_id = r.id::text WHERE r.guidance = $1 AND a.action = 'reportPracticeGap'`,
      [raceGuidance],
    );
    expect(audited).toBe(1);

    const stranger = await hub.account([], 'Key Thief');
    expect((await stranger.client.error(REPORT, { input: reportInput({ idempotencyKey: key, guidance }) })).extensions.code).toBe(ErrorCode.CONFLICT);
    const other = await send(reporter.client, IdentityMode.OPEN, randomUUID(), guidance);
    expect(other.receiptCode).not.toBe(first.receiptCode);
    expect(await counts(guidance)).toEqual({ held: 0, filed: 2 });
    expect((await hub.client().error(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, idempotencyKey: 'not-a-uuid' }) })).extensions.fields).toEqual([
      { field: 'idempotencyKey', message: 'idempotencyKey must be a UUID' },
    ]);
  });
});

describe('the release of anonymous reports', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await TestHub.start()));
  afterAll(() => hub.close());

  it('runs once when several calls race, and not at all while another holds the lock', async () => {
    const guidance = `Released once ${randomUUID()}`;
    for (let index = 0; index < 3; index++) await hub.client().ok(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, guidance }) });
    const release = hub.get(AnonymousRelease);

    // Another instance's release in progress: this one does nothing and says so.
    const other = hub.db.createQueryRunner();
    await other.connect();
    await other.query(`SELECT pg_advisory_lock($1)`, [RELEASE_LOCK]);
    try {
      expect(await release.release(AFTER_RELEASE())).toBeNull();
      const [{ held }] = await hub.db.query(`SELECT count(*)::int AS held FROM anonymous_inbox WHERE payload->>'guidance' = $1`, [guidance]);
      expect(held).toBe(3);
    } finally {
      await other.query(`SELECT pg_advisory_unlock($1)`, [RELEASE_LOCK]);
      await other.release();
    }

    const results = await Promise.all(Array.from({ length: 5 }, () => release.release(AFTER_RELEASE())));
    // Each call either ran alone or found the lock taken and returned null; two moving the same rows at once would
    // fail on the reports' primary key, and Promise.all with it.
    expect(results.some((released) => released !== null)).toBe(true);
    const [{ filed }] = await hub.db.query(`SELECT count(*)::int AS filed FROM practice_gap_reports WHERE guidance = $1`, [guidance]);
    expect(filed).toBe(3);
  });
});
