import { ErrorCode, RECOMMENDATION_MESSAGES as M, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { TestHub } from '../../test/hub';
import { closedVote, draftWithIdea, openVote, PUBLISH, recommendationInput, REVISE, REVISIONS } from '../../test/recommendations';
import { fileReport } from '../../test/reports';

describe('revising recommendations', () => {
  const hub = TestHub.forSuite();

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
      const [entry] = await auditRows(hub, 'reviseRecommendation', draft.id);
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

    it('lets just one of two members revising one version at once succeed; the other gets CONFLICT and overwrites nothing', async () => {
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
