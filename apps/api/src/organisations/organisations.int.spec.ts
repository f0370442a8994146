import { TestHub } from '../../test/hub';

describe('organisations', () => {
  const hub = TestHub.forSuite();

  it('lists the seeded NHS trusts with their ODS codes, by name, to anyone', async () => {
    const { organisations } = await hub.client().ok(`{ organisations { odsCode name } }`);
    expect(organisations).toContainEqual({ odsCode: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' });
    const names = organisations.map((organisation: { name: string }) => organisation.name);
    const position = (prefix: string) => names.findIndex((name: string) => name.startsWith(prefix));
    expect(position('Cambridge')).toBe(0);
    expect(position('Leeds')).toBeLessThan(position('Oxford'));
    expect(organisations.length).toBeGreaterThanOrEqual(15);
  });
});
