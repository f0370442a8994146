import { ErrorCode, RECOMMENDATION_MESSAGES as M, RecommendationStatus, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { TestHub } from '../../test/hub';
import { SAVE_DRAFT, submitIdea, themeId } from '../../test/ideas';
import { DRAFT, DRAFTS, draftWithIdea, ONE, recommendationInput, REVISIONS } from '../../test/recommendations';
import { fileReport } from '../../test/reports';

describe('drafting recommendations', () => {
  const hub = TestHub.forSuite();

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
      const [entry] = await auditRows(hub, 'draftRecommendation', draft.id);
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
});
