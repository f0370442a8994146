import { ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestHub } from '../../test/hub';
import { ids } from '../../test/ideas';
import { LIST as SEARCH } from '../../test/recommendations';

const LIST = `query ($first: Int, $after: String) {
  recommendations(first: $first, after: $after) {
    edges { cursor node { id title publishedAt theme { slug name } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('published recommendations', () => {
  const hub = TestHub.forSuite();

  async function recommendation(title: string, status: RecommendationStatus, publishedAt: Date | null) {
    const [row] = await hub.db.query(
      `INSERT INTO recommendations (title, summary, rationale, theme_id, status, published_at)
       VALUES ($1, 'summary', 'rationale', (SELECT id FROM themes WHERE slug = 'cyber-security'), $2, $3) RETURNING id`,
      [title, status, publishedAt],
    );
    return row.id as string;
  }

  it('lists published recommendations newest first to anonymous visitors, page by page, never drafts', async () => {
    const future = Date.now() + 365 * 24 * 3600 * 1000;
    const older = await recommendation('Older', RecommendationStatus.PUBLISHED, new Date(future));
    const newer = await recommendation('Newer', RecommendationStatus.PUBLISHED, new Date(future + 1000));
    const draft = await recommendation('Draft', RecommendationStatus.DRAFT, null);
    const client = hub.client();

    const first = (await client.ok(LIST, { first: 1 })).recommendations;
    expect(first.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([newer]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges[0].node.theme).toEqual({ slug: 'cyber-security', name: 'Cyber security and privacy' });

    const second = (await client.ok(LIST, { first: 1, after: first.pageInfo.endCursor })).recommendations;
    expect(second.edges[0].node.id).toBe(older);

    const all = (await client.ok(LIST, { first: 100 })).recommendations.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(all).not.toContain(draft);
  });

  it('names the field when the page size or cursor is wrong', async () => {
    const client = hub.client();
    expect((await client.error(LIST, { first: 101 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first', message: 'first must be at most 100' }],
    });
    expect((await client.error(LIST, { first: 0 })).extensions.fields).toEqual([{ field: 'first', message: 'first must be at least 1' }]);
    expect((await client.error(LIST, { after: 'garbage' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  describe('searching', () => {
    /** A word no other test uses, so that a search finds only this test's recommendations. */
    const word = () => `zq${randomUUID().slice(0, 8)}`;

    async function published(fields: {
      title: string;
      summary?: string;
      rationale?: string;
      theme?: string;
      implementationStatus?: ImplementationStatus;
      status?: RecommendationStatus;
    }) {
      const status = fields.status ?? RecommendationStatus.PUBLISHED;
      const [row] = await hub.db.query(
        `INSERT INTO recommendations (title, summary, rationale, theme_id, status, published_at, implementation_status)
         VALUES ($1, $2, $3, (SELECT id FROM themes WHERE slug = $4), $5, $6, $7) RETURNING id`,
        [
          fields.title,
          fields.summary ?? 'summary',
          fields.rationale ?? 'rationale',
          fields.theme ?? 'cyber-security',
          status,
          status === RecommendationStatus.PUBLISHED ? new Date() : null,
          fields.implementationStatus ?? null,
        ],
      );
      return row.id as string;
    }

    it('finds published recommendations only, best match first, with an escaped headline and the total count', async () => {
      const term = word();
      const inRationale = await published({ title: 'Rationale match', rationale: `The ${term} matters here` });
      const inTitle = await published({ title: `Title ${term}`, summary: `About <script>alert("${term}")</script> & more` });
      await published({ title: `Draft ${term}`, status: RecommendationStatus.DRAFT });

      const found = (await hub.client().ok(SEARCH, { query: term })).recommendations;

      expect(ids(found)).toEqual([inTitle, inRationale]);
      expect(found.totalCount).toBe(2);
      expect(found.edges[0].node.headline).toBe(
        `About &lt;script&gt;alert(&quot;<mark>${term}</mark>&quot;)&lt;/script&gt; &amp; more rationale`,
      );
      expect(found.edges[1].node.headline).toContain(`<mark>${term}</mark>`);
      const unsearched = (await hub.client().ok(SEARCH, { first: 5 })).recommendations.edges;
      expect(unsearched.map((edge: { node: { headline: string | null } }) => edge.node.headline)).toEqual(unsearched.map(() => null));
    });

    it('filters by theme and implementation status, and pages through matches without repeats', async () => {
      const term = word();
      const accepted = await published({ title: `Accepted ${term}`, implementationStatus: ImplementationStatus.ACCEPTED });
      const implemented = await published({
        title: `Implemented ${term}`,
        implementationStatus: ImplementationStatus.IMPLEMENTED,
        theme: 'interoperability',
      });
      const client = hub.client();

      expect(ids((await client.ok(SEARCH, { query: term, implementationStatus: 'ACCEPTED' })).recommendations)).toEqual([accepted]);
      const themed = (await client.ok(SEARCH, { query: term, theme: 'interoperability' })).recommendations;
      expect([ids(themed), themed.totalCount, themed.edges[0].node.theme]).toEqual([[implemented], 1, { slug: 'interoperability' }]);

      const first = (await client.ok(SEARCH, { query: term, first: 1 })).recommendations;
      const second = (await client.ok(SEARCH, { query: term, first: 1, after: first.pageInfo.endCursor })).recommendations;
      expect([...ids(first), ...ids(second)].sort()).toEqual([accepted, implemented].sort());
      expect(second.pageInfo.hasNextPage).toBe(false);

      // A cursor from the newest-first list means nothing to a search ranked by relevance.
      const newest = (await client.ok(SEARCH, { first: 1 })).recommendations.pageInfo.endCursor;
      expect((await client.error(SEARCH, { query: term, after: newest })).extensions.fields).toEqual([
        { field: 'after', message: 'after must be a cursor returned by an earlier page' },
      ]);
      expect((await client.error(SEARCH, { implementationStatus: 'SOON' })).extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
