import { TestHub } from '../../test/hub';

describe('themes', () => {
  const hub = TestHub.forSuite();

  it('lists the curated themes in order to anyone', async () => {
    const { themes } = await hub.client().ok(`{ themes { slug name description } }`);
    expect(themes.map((theme: { slug: string }) => theme.slug)).toEqual([
      'interoperability',
      'cyber-security',
      'primary-care-systems',
      'patient-facing-services',
      'workforce-digital-skills',
      'procurement-and-delivery',
      'data-and-analytics',
    ]);
    expect(themes[0].name).toBe('Interoperability and open standards');
  });
});
