import { ErrorCode, IdentityMode } from '@ideas-hub/domain';
import { createHash, randomUUID } from 'node:crypto';
import type { TestAccount } from '../../test/hub';
import { TestHub } from '../../test/hub';
import { AFTER_RELEASE, holdingBackReleases, releaseHeld, REPORT, reportInput } from '../../test/reports';
import { AnonymousReleaseJob } from './anonymous-release.job';

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
  // Held or released: another test file's release may run at any time (they share the database).
  const counts = async (guidance: string) =>
    (
      await hub.db.query(
        `SELECT (SELECT count(*)::int FROM anonymous_inbox WHERE payload->>'guidance' = $1)
              + (SELECT count(*)::int FROM practice_gap_reports WHERE guidance = $1) AS reports`,
        [guidance],
      )
    )[0];

  it(
    'returns the first anonymous receipt and passphrase again, sent twice or 20 times at once, ' + 'and stores only a hash of the key',
    async () => {
      const guidance = `Idempotent anonymous ${randomUUID()}`;
      const key = randomUUID();
      const [first, again] = await holdingBackReleases(hub, async () => [
        await send(hub.client(), IdentityMode.ANONYMOUS, key, guidance),
        await send(hub.client(), IdentityMode.ANONYMOUS, key, guidance),
      ]);
      expect(again).toEqual(first);
      expect(first.passphrase).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);

      const raceGuidance = `${guidance} raced`;
      const raceKey = randomUUID();
      // Without a release in the middle: a repeat that comes after the release finds no passphrase to show (below).
      const raced = await holdingBackReleases(hub, () =>
        Promise.all(Array.from({ length: AT_ONCE }, () => send(hub.client(), IdentityMode.ANONYMOUS, raceKey, raceGuidance))),
      );
      expect(new Set(raced.map((sent) => `${sent.receiptCode} ${sent.passphrase}`)).size).toBe(1);
      expect(await counts(raceGuidance)).toEqual({ reports: 1 });
      expect(await counts(guidance)).toEqual({ reports: 1 });

      // A new form, a new key: a new report.
      const other = await send(hub.client(), IdentityMode.ANONYMOUS, randomUUID(), guidance);
      expect(other.receiptCode).not.toBe(first.receiptCode);
      expect(await counts(guidance)).toEqual({ reports: 2 });

      // Held back from any release for a moment, to read what the inbox keeps of a key.
      await holdingBackReleases(hub, async () => {
        const heldKey = randomUUID();
        const held = await send(hub.client(), IdentityMode.ANONYMOUS, heldKey, `${guidance} held`);
        const [stored] = await hub.db.query(
          `SELECT idempotency_key_hash, to_jsonb(i)::text AS row FROM anonymous_inbox i WHERE receipt_code = $1`,
          [held.receiptCode],
        );
        expect(stored.idempotency_key_hash).toEqual(createHash('sha256').update(heldKey).digest());
        expect(stored.row).not.toContain(heldKey);
        expect(stored.row).not.toContain(held.passphrase);
      });

      // Released, the sealed passphrase is gone: the same key cannot file it twice, nor show the passphrase again.
      await releaseHeld(hub);
      const [{ sealed }] = await hub.db.query(`SELECT count(*)::int AS sealed FROM anonymous_inbox WHERE receipt_code = ANY($1)`, [
        [first.receiptCode, raced[0].receiptCode],
      ]);
      expect(sealed).toBe(0);
      expect(await counts(guidance)).toEqual({ reports: 2 });
      const [released] = await hub.db.query(`SELECT to_jsonb(r)::text AS row FROM practice_gap_reports r WHERE receipt_code = $1`, [
        first.receiptCode,
      ]);
      expect(released.row).not.toContain(key);
      const replay = await hub
        .client()
        .error(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, idempotencyKey: key, guidance }) });
      expect(replay.extensions.code).toBe(ErrorCode.CONFLICT);
      expect(await counts(guidance)).toEqual({ reports: 2 });
    },
  );

  it('returns the first open report again, sent twice or 20 times at once, and never to another account', async () => {
    const guidance = `Idempotent open ${randomUUID()}`;
    const key = randomUUID();
    const first = await send(reporter.client, IdentityMode.OPEN, key, guidance);
    expect(await send(reporter.client, IdentityMode.OPEN, key, guidance)).toEqual(first);

    const raceGuidance = `${guidance} raced`;
    const raceKey = randomUUID();
    const raced = await Promise.all(
      Array.from({ length: AT_ONCE }, () => send(reporter.client, IdentityMode.CONFIDENTIAL, raceKey, raceGuidance)),
    );
    expect(new Set(raced.map((sent) => sent.receiptCode)).size).toBe(1);
    expect(await counts(raceGuidance)).toEqual({ reports: 1 });
    const [{ audited }] = await hub.db.query(
      `SELECT count(*)::int AS audited FROM audit_log a JOIN practice_gap_reports r ON a.entity_id = r.id::text
        WHERE r.guidance = $1 AND a.action = 'reportPracticeGap'`,
      [raceGuidance],
    );
    expect(audited).toBe(1);

    const stranger = await hub.account([], 'Key Thief');
    expect((await stranger.client.error(REPORT, { input: reportInput({ idempotencyKey: key, guidance }) })).extensions.code).toBe(
      ErrorCode.CONFLICT,
    );
    const other = await send(reporter.client, IdentityMode.OPEN, randomUUID(), guidance);
    expect(other.receiptCode).not.toBe(first.receiptCode);
    expect(await counts(guidance)).toEqual({ reports: 2 });
    expect(
      (await hub.client().error(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, idempotencyKey: 'not-a-uuid' }) }))
        .extensions.fields,
    ).toEqual([{ field: 'idempotencyKey', message: 'idempotencyKey must be a UUID, such as one from crypto.randomUUID()' }]);
  });
});

/** One run of the release at the real time (nothing of today is due), waiting while another holds the lock. */
async function releaseHeldOrRun(release: AnonymousReleaseJob): Promise<void> {
  while ((await release.release()) === null) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the release of anonymous reports', () => {
  const hub = TestHub.forSuite();

  it('runs once when several calls race, and not at all while another holds the lock', async () => {
    const guidance = `Released once ${randomUUID()}`;
    const release = hub.get(AnonymousReleaseJob);
    // Another instance's release in progress: this one does nothing and says so.
    await holdingBackReleases(hub, async () => {
      for (let index = 0; index < 3; index++)
        await hub.client().ok(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, guidance }) });
      expect(await release.release(AFTER_RELEASE())).toBeNull();
      const [{ held }] = await hub.db.query(`SELECT count(*)::int AS held FROM anonymous_inbox WHERE payload->>'guidance' = $1`, [
        guidance,
      ]);
      expect(held).toBe(3);
    });

    // Every run also rewrites what is still held: its xmin is then the run's, later than what happened since.
    const { reportPracticeGap: held } = await hub
      .client()
      .ok(REPORT, { input: reportInput({ identityMode: IdentityMode.ANONYMOUS, guidance: `${guidance} held` }) });
    const [{ after }] = await hub.db.query(`SELECT txid_current()::text::bigint::float8 AS after`);
    await releaseHeldOrRun(release);
    const [{ xmin }] = await hub.db.query(
      `SELECT xmin::text::bigint::float8 AS xmin FROM anonymous_inbox WHERE receipt_code = $1
       UNION ALL SELECT xmin::text::bigint::float8 FROM practice_gap_reports WHERE receipt_code = $1`,
      [held.receiptCode],
    );
    expect(xmin).toBeGreaterThan(after);

    const results = await Promise.all(Array.from({ length: 5 }, () => release.release(AFTER_RELEASE())));
    // Each call either ran alone or found the lock taken and returned null; two moving the same rows at once would
    // fail on the reports' primary key, and Promise.all with it.
    expect(results.some((released) => released !== null)).toBe(true);
    const [{ filed }] = await hub.db.query(`SELECT count(*)::int AS filed FROM practice_gap_reports WHERE guidance = $1`, [guidance]);
    expect(filed).toBe(3);
  });
});
