import { ErrorCode, IdeaSort, IdeaStatus, Profession, Role } from '@ideas-hub/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestAccount, TestHub } from '../../test/hub';
import { COMMENT, ENDORSE, ids, LIST, MERGE, MODERATE, SAVE_DRAFT, SIMILAR, submitIdea, themeId, uniqueTag } from '../../test/ideas';

describe('finding ideas', () => {
  let hub: TestHub;
  let author: TestAccount;
  let academic: TestAccount;
  let admin: TestAccount;
  let theme: string;

  beforeAll(async () => {
    hub = await TestHub.start();
    [author, academic, admin] = await Promise.all([hub.account(), hub.account(), hub.account([Role.BOARD_MEMBER, Role.ADMIN])]);
    await hub.db.query(`UPDATE accounts SET profession = $2 WHERE id = $1`, [academic.id, Profession.ACADEMIC]);
    theme = await themeId(hub);
  });
  afterAll(() => hub.close());

  const list = async (variables: Record<string, unknown>, client = hub.client()) =>
    (await client.ok(LIST, { first: 100, ...variables })).ideas;

  describe('full-text search', () => {
    const findsTheWordsNotTheForm =
      'finds "electronic prescribing" in an idea about e-prescribing that mentions electronic prescriptions, with a highlighted snippet';
    it(findsTheWordsNotTheForm, async () => {
      const tag = uniqueTag();
      const id = await submitIdea(author.client, theme, {
        title: 'E-prescribing in community pharmacy',
        summary: 'Pharmacies still receive paper tokens.',
        problem: 'Many care homes do not use electronic prescriptions yet.',
        tags: [tag],
      });
      const found = await list({ query: 'electronic prescribing', tag });
      expect(ids(found)).toEqual([id]);
      expect(found.edges[0].node.headline).toContain('<mark>electronic</mark>');
    });

    it('ranks a match in the title above a match in the body', async () => {
      const tag = uniqueTag();
      const inBody = await submitIdea(author.client, theme, {
        title: 'Medicines reconciliation at discharge',
        problem: 'Hospitals should move to electronic prescribing for discharge medicines.',
        tags: [tag],
      });
      const inTitle = await submitIdea(author.client, theme, { title: 'Electronic prescribing for care homes', tags: [tag] });
      expect(ids(await list({ query: 'electronic prescribing', tag }))).toEqual([inTitle, inBody]);
      const firstPage = await list({ query: 'electronic prescribing', tag, first: 1 });
      expect(ids(firstPage)).toEqual([inTitle]);
      expect(ids(await list({ query: 'electronic prescribing', tag, first: 1, after: firstPage.pageInfo.endCursor }))).toEqual([inBody]);
    });

    it('escapes the idea’s own text in the snippet, so that only the highlight is markup', async () => {
      const tag = uniqueTag();
      await submitIdea(author.client, theme, {
        title: 'Safer markup',
        summary: 'Triage <script>alert("x")</script> notes & forms',
        tags: [tag],
      });
      const [edge] = (await list({ query: 'triage', tag })).edges;
      expect(edge.node.headline).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(edge.node.headline).toContain('<mark>Triage</mark>');
      expect(edge.node.headline.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });

    it('refuses search words too long to be a search', async () => {
      const error = await hub.client().error(LIST, { query: 'x'.repeat(201) });
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'query' }] });
    });
  });

  describe('what is never listed', () => {
    it('leaves out drafts, merged duplicates and hidden ideas, for everyone, in lists, searches and suggestions', async () => {
      const tag = uniqueTag();
      const title = `Virtual wards for frailty ${tag}`;
      const visible = await submitIdea(author.client, theme, { title, tags: [tag] });
      await author.client.ok(SAVE_DRAFT, { input: { title, tags: [tag] } });
      const merged = await submitIdea(author.client, theme, { title, tags: [tag] });
      await admin.client.ok(MERGE, { duplicateId: merged, survivorId: visible });
      const hidden = await submitIdea(author.client, theme, { title, tags: [tag] });
      await admin.client.ok(MODERATE, { input: { contentType: 'IDEA', contentId: hidden, decision: 'HIDE', reason: 'Spam' } });

      for (const client of [hub.client(), author.client, admin.client]) {
        const everything = await list({ tag }, client);
        expect(ids(everything)).toEqual([visible]);
        expect(everything.totalCount).toBe(1);
        expect(ids(await list({ tag, query: 'virtual wards' }, client))).toEqual([visible]);
        expect(ids(await list({ tag, status: IdeaStatus.MERGED }, client))).toEqual([]);
        expect(ids(await list({ tag, status: IdeaStatus.DRAFT }, client))).toEqual([]);
        const similar = (await client.ok(SIMILAR, { title })).similarIdeas.map((idea: { id: string }) => idea.id);
        expect(similar).toContain(visible);
        expect(similar).not.toContain(merged);
        expect(similar).not.toContain(hidden);
      }
    });
  });

  describe('filters, sorts and pages', () => {
    it('filters by theme, status, the author’s profession and tag, with the total', async () => {
      const tag = uniqueTag();
      const byClinician = await submitIdea(author.client, theme, { tags: [tag, 'shared'] });
      const byAcademic = await submitIdea(academic.client, await themeId(hub, 'data-and-analytics'), { tags: [tag] });
      await hub.db.query(`UPDATE ideas SET status = 'UNDER_REVIEW' WHERE id = $1`, [byAcademic]);

      expect(ids(await list({ tag, theme: 'data-and-analytics' }))).toEqual([byAcademic]);
      expect(ids(await list({ tag, status: IdeaStatus.SUBMITTED }))).toEqual([byClinician]);
      expect(ids(await list({ tag, profession: Profession.ACADEMIC }))).toEqual([byAcademic]);
      expect(ids(await list({ tag: 'SHARED ', query: null }))).toContain(byClinician);
      const both = await list({ tag });
      expect(both.totalCount).toBe(2);
      expect(both.edges.find((edge: { node: { id: string } }) => edge.node.id === byAcademic).node).toMatchObject({
        theme: { slug: 'data-and-analytics' },
        author: { profession: Profession.ACADEMIC },
        status: IdeaStatus.UNDER_REVIEW,
      });
    });

    it('pages newest first with cursors, and sorts by endorsements and by recent endorsements', async () => {
      const tag = uniqueTag();
      const [a, b, c] = [
        await submitIdea(author.client, theme, { tags: [tag] }),
        await submitIdea(author.client, theme, { tags: [tag] }),
        await submitIdea(author.client, theme, { tags: [tag] }),
      ];
      // Same submission time for two of them: the id breaks the tie, so paging neither skips nor repeats.
      await hub.db.query(`UPDATE ideas SET submitted_at = (SELECT submitted_at FROM ideas WHERE id = $1) WHERE id = $2`, [b, c]);

      const pages: string[] = [];
      let after: string | null = null;
      do {
        const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = await list({
          tag,
          first: 1,
          after,
        });
        pages.push(...ids(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(pages).toHaveLength(3);
      expect(new Set(pages)).toEqual(new Set([a, b, c]));
      expect(pages[2]).toBe(a);

      await admin.client.ok(ENDORSE, { id: a });
      await academic.client.ok(ENDORSE, { id: a });
      await academic.client.ok(ENDORSE, { id: b });
      // Endorsements older than the trending window count for "most endorsed" only.
      await hub.db.query(`UPDATE endorsements SET created_at = now() - interval '30 days' WHERE idea_id = $1`, [a]);
      expect(ids(await list({ tag, sort: IdeaSort.MOST_ENDORSED }))).toEqual([a, b, c].slice(0, 2).concat(c));
      expect(ids(await list({ tag, sort: IdeaSort.TRENDING }))[0]).toBe(b);

      const firstPage = await list({ tag, sort: IdeaSort.MOST_ENDORSED, first: 1 });
      const secondPage = await list({ tag, sort: IdeaSort.MOST_ENDORSED, first: 2, after: firstPage.pageInfo.endCursor });
      expect(ids(secondPage)).toEqual([b, c]);
    });

    it('names the field when the page size or cursor is wrong', async () => {
      const client = hub.client();
      expect((await client.error(LIST, { first: 101 })).extensions.fields).toEqual([
        { field: 'first', message: 'first must be at most 100' },
      ]);
      expect((await client.error(LIST, { after: 'garbage' })).extensions.fields).toEqual([{ field: 'after', message: expect.any(String) }]);
      const { endCursor } = (await client.ok(LIST, { first: 1 })).ideas.pageInfo;
      const otherSort = await client.error(LIST, { first: 1, after: endCursor, sort: IdeaSort.MOST_ENDORSED });
      expect(otherSort.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'after' }] });
      const forged = Buffer.from(JSON.stringify(['NEWEST:yesterday', '00000000-0000-0000-0000-000000000000'])).toString('base64url');
      expect((await client.error(LIST, { after: forged })).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('reads a page of ideas with everything on it in a fixed number of queries, however long the page', async () => {
      const tag = uniqueTag();
      for (let index = 0; index < 6; index++) {
        const ideaId = await submitIdea(author.client, theme, { tags: [tag] });
        await academic.client.ok(COMMENT, { input: { ideaId, body: 'Agreed' } });
      }
      const everything = `query ($tag: String, $first: Int) { ideas(tag: $tag, first: $first) { totalCount edges { node {
        author { name } theme { name } mergedInto { id } endorsedByMe followedByMe canEdit history { toStatus } revisions { version }
        comments { author { name } replies { author { name } } } } } } }`;
      const queriesFor = async (first: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          await author.client.ok(everything, { tag, first });
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      const forTwo = await queriesFor(2);
      expect(await queriesFor(6)).toBe(forTwo);
      // The session, the page, its count, and one for each related field, comments' authors included.
      expect(forTwo).toBeGreaterThanOrEqual(10);
      expect(forTwo).toBeLessThanOrEqual(12);
    });
  });

  describe('similar titles', () => {
    it('suggests up to five listed ideas with similar titles, most similar first', async () => {
      const tag = uniqueTag();
      const exact = await submitIdea(author.client, theme, { title: `Zebrafish ${tag} pathway`, tags: [tag] });
      for (let index = 0; index < 5; index++)
        await submitIdea(author.client, theme, { title: `Zebrafish ${tag} pathway, take ${index + 10}`, tags: [tag] });
      const { similarIdeas } = await hub.client().ok(SIMILAR, { title: `zebrafish ${tag} pathway` });
      expect(similarIdeas).toHaveLength(5);
      expect(similarIdeas[0]).toMatchObject({ id: exact, status: IdeaStatus.SUBMITTED, endorsementCount: 0 });
      const scores = similarIdeas.map((idea: { similarity: number }) => idea.similarity);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      expect(scores[0]).toBeGreaterThan(0.9);
    });

    it('says nothing for a title too short to compare or unlike any other', async () => {
      expect((await hub.client().ok(SIMILAR, { title: ' ab ' })).similarIdeas).toEqual([]);
      expect((await hub.client().ok(SIMILAR, { title: 'qqqqxxxxjjjj' })).similarIdeas).toEqual([]);
    });
  });
});
