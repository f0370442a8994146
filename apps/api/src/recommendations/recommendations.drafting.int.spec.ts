import { ErrorCode, RECOMMENDATION_MESSAGES as M, RecommendationStatus, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestHub } from '../../test/hub';
import { SAVE_DRAFT, submitIdea, themeId } from '../../test/ideas';
import {
  auditEntries,
  closedVote,
  DRAFT,
  DRAFTS,
  draftWithIdea,
  ONE,
  openVote,
  PUBLISH,
  recommendationInput,
  REVISE,
  REVISIONS,
} from '../../test/recommendations';
import { fileReport } from '../../test/reports';

describe('drafting and revising recommendations', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await TestHub.start()));
  afterAll(() => hub.close());

  describe('draftRecommendation', () => {
    it('creates a draft at version 1, revision 1, linked to its ideas and reports, and audits it', async () => {
      const member = await hub.account([Role.BOARD_MEMBER], 'Drafting Member');
      const author = await hub.account([], 'Idea Author');
      const theme = await themeId(hub, 'interoperability');
      const ideaId = await submitIdea(author.client, theme, { title: 'Structured discharge summaries' });
      const report = await fileReport(hub, author.client);
      const input = recommendationInput(
        theme,
        { ideaIds: [ideaId], reportIds: [report.id] },
        { organisations: ['  NHS England ', 'NHS England', 'Acme Health Ltd'] },
      );

      const { draftRecommendation: draft } = await member.client.ok(DRAFT, { input });

      expect(draft).toMatchObject({
        title: input.title,
        actions: input.actions,
        audience: input.audience,
        organisations: ['NHS England', 'Acme Health Ltd'],
        evidence: input.evidence,
        theme: { slug: 'interoperability' },
        status: RecommendationStatus.DRAFT,
        version: 1,
        revisionNumber: 1,
        publishedAt: null,
        publishedRevision: null,
        ideas: [{ id: ideaId, title: 'Structured discharge summaries', author: { id: author.id, name: 'Idea Author' } }],
        reportCount: 1,
        reportIds: [report.id],
        implementationStatus: null,
        implementationUpdates: [],
        conflicts: [],
        followedByMe: false,
        headline: null,
      });
      const revisions = (await member.client.ok(REVISIONS, { id: draft.id })).recommendationRevisions;
      expect(revisions).toEqual([
        expect.objectContaining({
          number: 1,
          title: input.title,
          actions: input.actions,
          editor: { id: member.id, name: 'Drafting Member' },
        }),
      ]);
      const [entry] = await auditEntries(hub, 'draftRecommendation', draft.id);
      expect(entry).toMatchObject({ actor_id: member.id, entity_type: 'Recommendation', before: null });
      expect(entry.after).toMatchObject({ title: input.title, status: 'DRAFT', ideaIds: [ideaId], reportIds: [report.id] });
    });

    it('lets the chair draft, and refuses contributors, administrators and visitors', async () => {
      const chair = await hub.account([Role.BOARD_MEMBER, Role.CHAIR]);
      const author = await hub.account();
      const theme = await themeId(hub);
      const ideaId = await submitIdea(author.client, theme);
      const input = recommendationInput(theme, { ideaIds: [ideaId] });
      expect((await chair.client.ok(DRAFT, { input })).draftRecommendation.status).toBe(RecommendationStatus.DRAFT);
      expect((await author.client.error(DRAFT, { input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await (await hub.account([Role.ADMIN])).client.error(DRAFT, { input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await hub.client().error(DRAFT, { input })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('names each missing or too long field', async () => {
      const member = await hub.account([Role.BOARD_MEMBER]);
      const theme = await themeId(hub);
      const blank = recommendationInput(
        theme,
        { reportIds: [] },
        {
          title: '  ',
          summary: '',
          rationale: 'x'.repeat(10001),
          actions: [{ action: 'Do it', owner: ' ' }],
          audience: '',
          organisations: ['x'.repeat(151)],
          evidence: [{ label: 'Link', url: 'javascript:alert(1)' }],
        },
      );
      const error = await member.client.error(DRAFT, { input: blank });
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.extensions.fields).toEqual(
        expect.arrayContaining([
          { field: 'title', message: M.titleMissing },
          { field: 'summary', message: M.summaryMissing },
          { field: 'rationale', message: M.rationaleTooLong },
          { field: 'actions.0.owner', message: M.ownerMissing },
          { field: 'audience', message: M.audienceMissing },
          { field: 'organisations', message: M.organisationTooLong },
          { field: 'evidence.0.url', message: 'Enter a web address starting with http:// or https://' },
        ]),
      );
      const noActions = await member.client.error(DRAFT, {
        input: recommendationInput(theme, {}, { actions: [], organisations: Array.from({ length: 21 }, (_, i) => `Org ${i}`) }),
      });
      expect(noActions.extensions.fields).toEqual([
        { field: 'actions', message: M.actionsMissing },
        { field: 'organisations', message: M.organisationsTooMany },
      ]);
    });

    it('needs a known theme and at least one idea or report, and links only open ideas and existing reports', async () => {
      const member = await hub.account([Role.BOARD_MEMBER]);
      const author = await hub.account();
      const theme = await themeId(hub);
      const noSources = await member.client.error(DRAFT, { input: recommendationInput(randomUUID(), {}) });
      expect(noSources.extensions.fields).toEqual([
        { field: 'themeId', message: M.themeUnknown },
        { field: 'ideaIds', message: M.sourcesMissing },
      ]);
      const { saveIdeaDraft } = await author.client.ok(SAVE_DRAFT, { input: { title: 'Still a draft' } });
      const hidden = await submitIdea(author.client, theme);
      await hub.db.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [hidden]);
      for (const ideaId of [saveIdeaDraft.id, hidden, randomUUID()]) {
        const error = await member.client.error(DRAFT, { input: recommendationInput(theme, { ideaIds: [ideaId] }) });
        expect([ideaId, error.extensions.fields]).toEqual([ideaId, [{ field: 'ideaIds', message: M.ideaUnavailable }]]);
      }
      const unknownReport = await member.client.error(DRAFT, { input: recommendationInput(theme, { reportIds: [randomUUID()] }) });
      expect(unknownReport.extensions.fields).toEqual([{ field: 'reportIds', message: M.reportUnknown }]);
      const notAnId = await member.client.error(DRAFT, { input: recommendationInput('theme', { ideaIds: ['idea'] }) });
      expect(notAnId.extensions.fields).toEqual([
        { field: 'themeId', message: M.themeUnknown },
        { field: 'ideaIds', message: M.ideaUnavailable },
      ]);
    });
  });

  describe('reading drafts', () => {
    it('shows drafts to the board only: visitors and contributors get NOT_FOUND or FORBIDDEN', async () => {
      const member = await hub.account([Role.BOARD_MEMBER]);
      const author = await hub.account();
      const draft = await draftWithIdea(hub, member.client, author.client, { title: 'Visible to the board' });
      const admin = await hub.account([Role.ADMIN]);
      expect((await admin.client.ok(ONE, { id: draft.id })).recommendation.title).toBe('Visible to the board');
      expect((await member.client.ok(DRAFTS)).draftRecommendations.map((row: { id: string }) => row.id)).toContain(draft.id);
      for (const client of [author.client, hub.client()]) {
        expect((await client.error(ONE, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
        expect((await client.error(REVISIONS, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      }
      expect((await author.client.error(DRAFTS)).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await hub.client().error(DRAFTS)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect((await member.client.error(ONE, { id: randomUUID() })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await member.client.error(ONE, { id: 'nope' })).extensions.fields).toEqual([
        { field: 'id', message: 'id must be the id of a recommendation' },
      ]);
    });
  });

  describe('reviseRecommendation', () => {
    it('saves each edit as a numbered revision, relinks its sources and audits only what changed', async () => {
      const member = await hub.account([Role.BOARD_MEMBER], 'First Editor');
      const other = await hub.account([Role.BOARD_MEMBER], 'Second Editor');
      const author = await hub.account();
      const draft = await draftWithIdea(hub, member.client, author.client);
      const report = await fileReport(hub, author.client);
      const input = recommendationInput(
        draft.themeId,
        { reportIds: [report.id] },
        { title: 'Sharper title', actions: [{ action: 'Fund it', owner: 'DHSC' }] },
      );

      const revised = (await other.client.ok(REVISE, { id: draft.id, expectedVersion: 1, input })).reviseRecommendation;

      expect(revised).toMatchObject({
        title: 'Sharper title',
        version: 2,
        revisionNumber: 2,
        ideas: [],
        reportCount: 1,
        actions: [{ action: 'Fund it', owner: 'DHSC' }],
      });
      const revisions = (await member.client.ok(REVISIONS, { id: draft.id })).recommendationRevisions;
      expect(
        revisions.map((revision: { number: number; title: string; editor: { name: string } }) => [
          revision.number,
          revision.title,
          revision.editor.name,
        ]),
      ).toEqual([
        [1, 'Adopt FHIR UK Core for discharge summaries', 'First Editor'],
        [2, 'Sharper title', 'Second Editor'],
      ]);
      const [entry] = await auditEntries(hub, 'reviseRecommendation', draft.id);
      expect(entry.actor_id).toBe(other.id);
      expect(entry.before).toEqual({
        title: 'Adopt FHIR UK Core for discharge summaries',
        actions: [{ action: 'Publish a national implementation guide', owner: 'NHS England' }],
        revisionNumber: 1,
        ideaIds: [draft.ideaId],
        reportIds: [],
      });
      expect(entry.after).toEqual({
        title: 'Sharper title',
        actions: [{ action: 'Fund it', owner: 'DHSC' }],
        revisionNumber: 2,
        ideaIds: [],
        reportIds: [report.id],
      });
    });

    it('lets exactly one of two members revising the same version at once succeed; the other gets CONFLICT and overwrites nothing', async () => {
      const [first, second] = await Promise.all([hub.account([Role.BOARD_MEMBER]), hub.account([Role.BOARD_MEMBER])]);
      const author = await hub.account();
      const draft = await draftWithIdea(hub, first.client, author.client);
      const edit = (client: typeof first.client, title: string) =>
        client.gql(REVISE, {
          id: draft.id,
          expectedVersion: 1,
          input: recommendationInput(draft.themeId, { ideaIds: [draft.ideaId] }, { title }),
        });

      const results = await Promise.all([
        edit(first.client, 'Title from the first member'),
        edit(second.client, 'Title from the second member'),
      ]);

      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => result.errors);
      expect([winners.length, losers.length]).toEqual([1, 1]);
      expect(losers[0].errors![0].extensions).toMatchObject({ code: ErrorCode.CONFLICT, latestVersion: 2 });
      const winnerTitle = winners[0].data!.reviseRecommendation.title;
      const [stored] = await hub.db.query(`SELECT title, version, revision_number FROM recommendations WHERE id = $1`, [draft.id]);
      expect(stored).toEqual({ title: winnerTitle, version: 2, revision_number: 2 });
      const [{ count }] = await hub.db.query(`SELECT count(*)::int AS count FROM recommendation_revisions WHERE recommendation_id = $1`, [
        draft.id,
      ]);
      expect(count).toBe(2);
    });

    it('refuses a stale version with the latest one, and refuses while a vote is open', async () => {
      const member = await hub.account([Role.BOARD_MEMBER]);
      const author = await hub.account();
      const draft = await draftWithIdea(hub, member.client, author.client);
      const input = recommendationInput(draft.themeId, { ideaIds: [draft.ideaId] }, { title: 'Edited' });
      await member.client.ok(REVISE, { id: draft.id, expectedVersion: 1, input });

      const stale = await member.client.error(REVISE, { id: draft.id, expectedVersion: 1, input: { ...input, title: 'Lost edit' } });
      expect(stale.extensions).toMatchObject({ code: ErrorCode.CONFLICT, latestVersion: 2 });

      await openVote(hub, draft.id, 2, member.id);
      const duringVote = await member.client.error(REVISE, {
        id: draft.id,
        expectedVersion: 2,
        input: { ...input, title: 'During the vote' },
      });
      expect(duringVote.extensions).toMatchObject({ code: ErrorCode.CONFLICT, latestVersion: 2 });
      expect(duringVote.message).toMatch(/vote is open/);
      const [stored] = await hub.db.query(`SELECT title, version FROM recommendations WHERE id = $1`, [draft.id]);
      expect(stored).toEqual({ title: 'Edited', version: 2 });
    });

    it('refuses to edit a published recommendation: its text is what the board voted on', async () => {
      const chair = await hub.account([Role.BOARD_MEMBER, Role.CHAIR]);
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);
      await closedVote(hub, draft.id, 1, chair.id, 'PASSED');
      await chair.client.ok(PUBLISH, { id: draft.id });
      const error = await chair.client.error(REVISE, {
        id: draft.id,
        expectedVersion: 1,
        input: recommendationInput(draft.themeId, { ideaIds: [draft.ideaId] }),
      });
      expect(error.extensions).toMatchObject({ code: ErrorCode.CONFLICT, latestVersion: 1 });
      expect(error.message).toMatch(/published/);
    });

    it('is for board members and the chair only, names wrong fields, and answers NOT_FOUND for an unknown recommendation', async () => {
      const member = await hub.account([Role.BOARD_MEMBER]);
      const author = await hub.account();
      const draft = await draftWithIdea(hub, member.client, author.client);
      const input = recommendationInput(draft.themeId, { ideaIds: [draft.ideaId] });
      expect((await author.client.error(REVISE, { id: draft.id, expectedVersion: 1, input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await member.client.error(REVISE, { id: randomUUID(), expectedVersion: 1, input })).extensions.code).toBe(
        ErrorCode.NOT_FOUND,
      );
      const invalid = await member.client.error(REVISE, {
        id: draft.id,
        expectedVersion: 1,
        input: { ...input, title: '', ideaIds: [], reportIds: [] },
      });
      expect(invalid.extensions.fields).toEqual([{ field: 'title', message: M.titleMissing }]);
      const noSources = await member.client.error(REVISE, {
        id: draft.id,
        expectedVersion: 1,
        input: { ...input, ideaIds: [], reportIds: [] },
      });
      expect(noSources.extensions.fields).toEqual([{ field: 'ideaIds', message: M.sourcesMissing }]);
    });
  });
});
