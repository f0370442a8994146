import {
  ErrorCode,
  IdentityMode,
  IdeaStatus,
  ImplementationStatus,
  RECOMMENDATION_MESSAGES as M,
  RecommendationStatus,
  Role,
} from '@ideas-hub/domain';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import { IDEA, submitIdea, themeId } from '../../test/ideas';
import {
  closedVote,
  DRAFT,
  draftWithIdea,
  FOLLOW,
  ONE,
  openVote,
  PUBLISH,
  publishedWithIdea,
  recommendationInput,
  UNFOLLOW,
  UPDATE,
} from '../../test/recommendations';
import { fileReport } from '../../test/reports';

describe('publishing recommendations and tracking their implementation', () => {
  const hub = TestHub.forSuite();
  const { chair } = hub.suiteAccounts({ chair: { roles: [Role.BOARD_MEMBER, Role.CHAIR], name: 'Chair Person' } });

  async function notifications(account: TestAccount, kind: string): Promise<{ message: string; link: string }[]> {
    return hub.db.query(`SELECT message, link FROM notifications WHERE recipient_id = $1 AND kind = $2 ORDER BY created_at`, [
      account.id,
      kind,
    ]);
  }

  describe('publishRecommendation', () => {
    it('publishes the revision the board passed, adopts its ideas, tells their authors and followers, and audits it', async () => {
      const author = await hub.account([], 'Idea Author');
      const follower = await hub.account([Role.BOARD_MEMBER]);
      const draft = await draftWithIdea(hub, chair.client, author.client, { title: 'Open APIs in every contract' });
      await follower.client.ok(FOLLOW, { id: draft.id });
      await closedVote(hub, draft.id, 1, chair.id, 'PASSED');

      const recommendation = (await chair.client.ok(PUBLISH, { id: draft.id })).publishRecommendation;

      expect(recommendation).toMatchObject({
        status: RecommendationStatus.PUBLISHED,
        publishedRevision: 1,
        publishedAt: expect.any(String),
      });
      const idea = (await author.client.ok(IDEA, { id: draft.ideaId })).idea;
      expect(idea.status).toBe(IdeaStatus.ADOPTED_INTO_RECOMMENDATION);
      expect(idea.history.at(-1)).toMatchObject({
        fromStatus: IdeaStatus.SUBMITTED,
        toStatus: IdeaStatus.ADOPTED_INTO_RECOMMENDATION,
        reason: 'Adopted into the recommendation “Open APIs in every contract”',
      });
      expect(await notifications(author, 'IDEA_ADOPTED')).toEqual([
        { message: expect.stringContaining('Open APIs in every contract'), link: `/recommendations/${draft.id}` },
      ]);
      expect(await notifications(follower, 'RECOMMENDATION_PUBLISHED')).toEqual([
        { message: expect.any(String), link: `/recommendations/${draft.id}` },
      ]);
      expect(await auditRows(hub, 'publishRecommendation', draft.id)).toEqual([
        expect.objectContaining({
          actor_id: chair.id,
          entity_type: 'Recommendation',
          before: { status: 'DRAFT', publishedAt: null, publishedRevision: null },
        }),
      ]);
      expect(await auditRows(hub, 'publishRecommendation', draft.ideaId)).toEqual([
        expect.objectContaining({ entity_type: 'Idea', before: { status: 'SUBMITTED' }, after: { status: 'ADOPTED_INTO_RECOMMENDATION' } }),
      ]);
      const visitor = (await hub.client().ok(ONE, { id: draft.id })).recommendation;
      expect(visitor.ideas).toEqual([{ id: draft.ideaId, title: idea.title, author: { id: author.id, name: 'Idea Author' } }]);
      expect((await chair.client.error(PUBLISH, { id: draft.id })).extensions.code).toBe(ErrorCode.CONFLICT);
    });

    it('names the published recommendation an idea was adopted into, never a draft that draws on it', async () => {
      const author = await hub.account();
      const ADOPTED_INTO = `query ($id: ID!) { idea(id: $id) { adoptedInto { id title } } }`;
      const draft = await draftWithIdea(hub, chair.client, author.client, { title: 'Shared care records' });
      expect((await hub.client().ok(ADOPTED_INTO, { id: draft.ideaId })).idea.adoptedInto).toBeNull();

      await closedVote(hub, draft.id, 1, chair.id, 'PASSED');
      await chair.client.ok(PUBLISH, { id: draft.id });

      expect((await hub.client().ok(ADOPTED_INTO, { id: draft.ideaId })).idea.adoptedInto).toEqual({
        id: draft.id,
        title: 'Shared care records',
      });
    });

    it('refuses without a passed vote on the current revision, or while a vote is open', async () => {
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);
      const refusal = async () => (await chair.client.error(PUBLISH, { id: draft.id })).extensions;

      expect(await refusal()).toMatchObject({ code: ErrorCode.CONFLICT, revisionNumber: 1 });
      await closedVote(hub, draft.id, 1, chair.id, 'REJECTED');
      expect(await refusal()).toMatchObject({ code: ErrorCode.CONFLICT, result: 'REJECTED' });
      await closedVote(hub, draft.id, 1, chair.id, 'NO_QUORUM');
      expect(await refusal()).toMatchObject({ code: ErrorCode.CONFLICT, result: 'NO_QUORUM' });
      await closedVote(hub, draft.id, 1, chair.id, 'PASSED');
      await hub.db.query(`UPDATE recommendations SET revision_number = 2, version = 2 WHERE id = $1`, [draft.id]);
      expect(await refusal()).toMatchObject({ code: ErrorCode.CONFLICT, revisionNumber: 2 });
      await closedVote(hub, draft.id, 2, chair.id, 'PASSED');
      await openVote(hub, draft.id, 2, chair.id);
      expect((await chair.client.error(PUBLISH, { id: draft.id })).message).toMatch(/vote is still open/);

      const [stored] = await hub.db.query(`SELECT status FROM recommendations WHERE id = $1`, [draft.id]);
      expect(stored.status).toBe(RecommendationStatus.DRAFT);
      expect((await author.client.ok(IDEA, { id: draft.ideaId })).idea.status).toBe(IdeaStatus.SUBMITTED);
    });

    it('never names or links a report on the public page, and shows only the ideas a visitor may see', async () => {
      const reporter = await hub.account([], 'Confidential Reporter');
      const author = await hub.account([], 'Named Author');
      const theme = await themeId(hub);
      const [shown, hidden] = [
        await submitIdea(author.client, theme, { title: 'Shown idea' }),
        await submitIdea(author.client, theme, { title: 'Hidden idea' }),
      ];
      const confidential = await fileReport(hub, reporter.client, { identityMode: IdentityMode.CONFIDENTIAL });
      const anonymous = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
      const input = recommendationInput(theme, { ideaIds: [shown, hidden], reportIds: [confidential.id, anonymous.id] });
      const { id } = (await chair.client.ok(DRAFT, { input })).draftRecommendation;
      await hub.db.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [hidden]);
      await closedVote(hub, id, 1, chair.id, 'PASSED');
      await chair.client.ok(PUBLISH, { id });

      const page = await hub.client().gql(ONE, { id });
      expect(page.data!.recommendation).toMatchObject({
        reportCount: 2,
        reportIds: [],
        ideas: [{ id: shown, title: 'Shown idea', author: { name: 'Named Author' } }],
      });
      expect(JSON.stringify(page)).not.toMatch(
        new RegExp(`Confidential Reporter|${confidential.id}|${anonymous.id}|${confidential.receiptCode}|${anonymous.receiptCode}`),
      );
    });

    it('is for the chair alone', async () => {
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);
      await closedVote(hub, draft.id, 1, chair.id, 'PASSED');
      for (const roles of [[Role.BOARD_MEMBER], [Role.ADMIN], []]) {
        expect((await (await hub.account(roles)).client.error(PUBLISH, { id: draft.id })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      }
      expect((await hub.client().error(PUBLISH, { id: draft.id })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });

  describe('recordImplementationUpdate', () => {
    it('records dated progress on a published recommendation, tells its followers and audits it', async () => {
      const author = await hub.account();
      const draft = await publishedWithIdea(hub, chair, author.client);
      await author.client.ok(FOLLOW, { id: draft.id });

      await chair.client.ok(UPDATE, { recommendationId: draft.id, status: ImplementationStatus.ACCEPTED, effectiveDate: '2026-01-15' });
      const updated = (
        await chair.client.ok(UPDATE, {
          recommendationId: draft.id,
          status: ImplementationStatus.NOT_TAKEN_FORWARD,
          note: '  Superseded by national policy ',
          effectiveDate: '2026-03-31',
        })
      ).recordImplementationUpdate;

      expect(updated.implementationStatus).toBe(ImplementationStatus.NOT_TAKEN_FORWARD);
      expect(updated.implementationUpdates).toEqual([
        { status: 'ACCEPTED', note: null, effectiveDate: '2026-01-15', recordedAt: expect.any(String) },
        { status: 'NOT_TAKEN_FORWARD', note: 'Superseded by national policy', effectiveDate: '2026-03-31', recordedAt: expect.any(String) },
      ]);
      expect((await notifications(author, 'RECOMMENDATION_UPDATED')).map((row) => row.message)).toEqual([
        expect.stringMatching(/accepted$/),
        expect.stringMatching(/not taken forward$/),
      ]);
      expect((await auditRows(hub, 'recordImplementationUpdate', draft.id)).map((entry) => [entry.before, entry.after])).toEqual([
        [{ implementationStatus: null }, { implementationStatus: 'ACCEPTED', note: null, effectiveDate: '2026-01-15' }],
        [
          { implementationStatus: 'ACCEPTED' },
          { implementationStatus: 'NOT_TAKEN_FORWARD', note: 'Superseded by national policy', effectiveDate: '2026-03-31' },
        ],
      ]);
    });

    it('needs a note to not take it forward and a real date, names the fields, and only follows publication', async () => {
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);
      const wrong = await chair.client.error(UPDATE, {
        recommendationId: draft.id,
        status: ImplementationStatus.NOT_TAKEN_FORWARD,
        note: ' ',
        effectiveDate: '2026-02-30',
      });
      expect(wrong.extensions.fields).toEqual([
        { field: 'note', message: M.noteMissingForNotTakenForward },
        { field: 'effectiveDate', message: M.effectiveDateFormat },
      ]);
      const early = await chair.client.error(UPDATE, {
        recommendationId: draft.id,
        status: ImplementationStatus.ACCEPTED,
        effectiveDate: '2026-01-15',
      });
      expect(early.extensions.code).toBe(ErrorCode.CONFLICT);
      for (const roles of [[Role.BOARD_MEMBER], [Role.ADMIN]]) {
        const error = await (
          await hub.account(roles)
        ).client.error(UPDATE, { recommendationId: draft.id, status: ImplementationStatus.ACCEPTED, effectiveDate: '2026-01-15' });
        expect(error.extensions.code).toBe(ErrorCode.FORBIDDEN);
      }
    });
  });

  describe('following', () => {
    it('is idempotent both ways, audited only when it changes, and open to anyone signed in once published', async () => {
      const author = await hub.account();
      const draft = await publishedWithIdea(hub, chair, author.client);
      const reader = await hub.account();

      expect((await reader.client.ok(FOLLOW, { id: draft.id })).followRecommendation.followedByMe).toBe(true);
      expect((await reader.client.ok(FOLLOW, { id: draft.id })).followRecommendation.followedByMe).toBe(true);
      expect((await reader.client.ok(ONE, { id: draft.id })).recommendation.followedByMe).toBe(true);
      expect((await reader.client.ok(UNFOLLOW, { id: draft.id })).unfollowRecommendation.followedByMe).toBe(false);
      expect((await reader.client.ok(UNFOLLOW, { id: draft.id })).unfollowRecommendation.followedByMe).toBe(false);

      const entries = await hub.db.query(`SELECT action FROM audit_log WHERE actor_id = $1 AND entity_id = $2 ORDER BY id`, [
        reader.id,
        draft.id,
      ]);
      expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['followRecommendation', 'unfollowRecommendation']);
      expect((await hub.client().error(FOLLOW, { id: draft.id })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('keeps drafts to the board: others get NOT_FOUND', async () => {
      const author = await hub.account();
      const draft = await draftWithIdea(hub, chair.client, author.client);
      expect((await author.client.error(FOLLOW, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await author.client.error(UNFOLLOW, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await chair.client.ok(FOLLOW, { id: draft.id })).followRecommendation.followedByMe).toBe(true);
    });
  });
});
