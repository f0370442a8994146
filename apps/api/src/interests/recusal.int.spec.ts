import { Role } from '@ideas-hub/domain';
import { TestAccount, TestHub } from '../../test/hub';
import { InterestsService } from './interests.service';

const DECLARE = `mutation ($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`;

describe('finding members whose register names an organisation (for recusal)', () => {
  let hub: TestHub;
  let interests: InterestsService;
  let ongoing: TestAccount;
  let ended: TestAccount;
  let future: TestAccount;
  let unrelated: TestAccount;
  let members: string[];

  beforeAll(async () => {
    hub = await TestHub.start();
    interests = hub.get(InterestsService);
    [ongoing, ended, future, unrelated] = await Promise.all([1, 2, 3, 4].map(() => hub.account([Role.BOARD_MEMBER])));
    members = [ongoing, ended, future, unrelated].map((account) => account.id);
    const declare = (account: TestAccount, organisation: string, from: string, to: string | null = null) =>
      account.client.ok(DECLARE, { input: { organisation, nature: 'Consultancy', from, to } });
    await declare(ongoing, 'Acme Health Records Ltd', '2024-01-01');
    await declare(ongoing, 'Orion Imaging', '2020-01-01');
    await declare(ended, 'ACME HEALTH RECORDS LTD', '2023-01-01', '2025-03-31');
    await declare(future, 'acme health records ltd', '2025-07-01');
    await declare(unrelated, 'Acme Health', '2020-01-01');
  });
  afterAll(() => hub.close());

  const on = (date: string) => new Date(`${date}T12:00:00Z`);

  it('matches organisations trimmed and case-insensitively, giving the names as registered', async () => {
    const matches = await interests.activeInterestsNaming(members, ['  acme health records LTD ', 'Orion Imaging'], on('2025-05-01'));
    expect(matches).toEqual(new Map([[ongoing.id, ['Acme Health Records Ltd', 'Orion Imaging']]]));
  });

  it('counts an interest active from its first day to its last, inclusive', async () => {
    const named = async (date: string) =>
      [...(await interests.activeInterestsNaming(members, ['Acme Health Records Ltd'], on(date))).keys()].sort();
    expect(await named('2025-03-31')).toEqual([ongoing.id, ended.id].sort());
    expect(await named('2025-04-01')).toEqual([ongoing.id]);
    expect(await named('2025-07-01')).toEqual([ongoing.id, future.id].sort());
    expect(await named('2022-12-31')).toEqual([]);
  });

  it('reads the day in England: 23:30 UTC on 30 June 2025 is already 1 July in London', async () => {
    const matches = await interests.activeInterestsNaming([future.id], ['Acme Health Records Ltd'], new Date('2025-06-30T23:30:00Z'));
    expect([...matches.keys()]).toEqual([future.id]);
  });

  it('looks only at the members asked about, and finds nobody when nothing is named', async () => {
    expect(await interests.activeInterestsNaming([unrelated.id], ['Acme Health Records Ltd'], on('2025-05-01'))).toEqual(new Map());
    expect(await interests.activeInterestsNaming(members, [], on('2025-05-01'))).toEqual(new Map());
    expect(await interests.activeInterestsNaming([], ['Acme Health Records Ltd'], on('2025-05-01'))).toEqual(new Map());
  });
});
