import { RecommendationStatus } from '@ideas-hub/domain';
import { TestHub } from '../../test/hub';

const LIST = `query ($first: Int, $after: String) {
  recommendations(first: $first, after: $after) { edges { cursor node { id title publishedAt theme { slug name } } } pageInfo { hasNextPage endCursor } }
}`;

describe('published recommendations', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await TestHub.start()));
  afterAll(() => hub.close());

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
    expect((await client.error(LIST, { first: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'first must be at most 100' }] });
    expect((await client.error(LIST, { first: 0 })).extensions.fields).toEqual([{ field: 'first', message: 'first must be at least 1' }]);
    expect((await client.error(LIST, { after: 'garbage' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });
});
