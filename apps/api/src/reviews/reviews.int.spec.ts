import {
  ErrorCode,
  IdentityMode,
  IdeaStatus,
  REVIEW_CRITERIA,
  REVIEW_MESSAGES,
  ReportStatus,
  ReviewItemKind,
  Role,
} from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import { completeIdea, SAVE_DRAFT, SET_STATUS as SET_IDEA_STATUS, submitIdea, themeId } from '../../test/ideas';
import { fileReport, SET_STATUS as SET_REPORT_STATUS } from '../../test/reports';
import { boardCast, QUEUE, ref, reviewInput, REVIEWS, SUBMIT_REVIEW } from '../../test/reviews';

const { IDEA, REPORT } = ReviewItemKind;
const allScores = (value: number) => Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, value]));

describe('rubric reviews', () => {
  const hub = TestHub.forSuite();
  const { chair, first, second, admin, author } = boardCast(hub, { first: 'Dr Ada First', second: 'Dr Alan Second' });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  const submit = async (
    reviewer: TestAccount,
    item: { kind: ReviewItemKind; id: string },
    score = 3,
    overrides: Record<string, unknown> = {},
  ) => (await reviewer.client.ok(SUBMIT_REVIEW, { input: reviewInput(item, score, overrides) })).submitReview;
  const summary = async (viewer: TestAccount, item: { kind: ReviewItemKind; id: string }) =>
    (await viewer.client.ok(REVIEWS, { itemId: item.id, kind: item.kind })).reviews;
  const queued = async (viewer: TestAccount, id: string) =>
    (await viewer.client.ok(QUEUE, { assignedToMe: true })).reviewQueue.items.find((item: { id: string }) => item.id === id);

  it('hides others’ scores from a reviewer until they submit their own, then shows each criterion’s mean', async () => {
    const idea = ref(IDEA, await submitIdea(author.client, theme));
    const chairs = await submit(chair, idea, 5, { staff: 1, comment: 'Transformative for patients.' });

    expect(await summary(first, idea)).toEqual({
      itemKind: IDEA,
      itemId: idea.id,
      reviewCount: 1,
      canSeeScores: false,
      means: null,
      reviews: [],
      myReview: null,
    });

    const mine = await submit(first, idea, 2, { staff: 4 });
    expect(mine).toEqual({
      id: expect.any(String),
      reviewer: { id: first.id, name: 'Dr Ada First' },
      ...allScores(2),
      staff: 4,
      comment: reviewInput(idea).comment,
      submittedAt: expect.any(String),
    });
    expect(await summary(first, idea)).toEqual({
      itemKind: IDEA,
      itemId: idea.id,
      reviewCount: 2,
      canSeeScores: true,
      means: { ...allScores(3.5), staff: 2.5 },
      reviews: [chairs, mine],
      myReview: mine,
    });
    // The second member still has not reviewed: the count only.
    expect(await summary(second, idea)).toMatchObject({ reviewCount: 2, canSeeScores: false, means: null, reviews: [] });
  });

  it('shows administrators, who do not review, every score', async () => {
    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    const item = ref(REPORT, report.id);
    expect(await summary(admin, item)).toMatchObject({ reviewCount: 0, canSeeScores: true, means: null, reviews: [], myReview: null });
    const review = await submit(second, item, 4);
    expect(await summary(admin, item)).toMatchObject({ reviewCount: 1, canSeeScores: true, means: allScores(4), reviews: [review] });
  });

  it('replaces a reviewer’s earlier review when they submit again, auditing what changed', async () => {
    const idea = ref(IDEA, await submitIdea(author.client, theme));
    const original = await submit(second, idea, 2);
    await submit(chair, idea, 4);
    const replaced = await submit(second, idea, 2, { feasibility: 5, comment: 'On reflection, easy to build.' });

    expect(replaced.id).toBe(original.id);
    const after = await summary(second, idea);
    expect(after.reviewCount).toBe(2);
    expect(after.myReview).toEqual(replaced);
    expect(after.means).toEqual({ ...allScores(3), feasibility: 4.5 });
    expect(await auditRows(hub, 'submitReview', original.id)).toEqual([
      {
        actor_id: second.id,
        action: 'submitReview',
        entity_type: 'Review',
        entity_id: original.id,
        before: null,
        after: { itemKind: IDEA, itemId: idea.id, ...allScores(2), comment: reviewInput(idea).comment },
      },
      {
        actor_id: second.id,
        action: 'submitReview',
        entity_type: 'Review',
        entity_id: original.id,
        before: { feasibility: 2, comment: reviewInput(idea).comment },
        after: { feasibility: 5, comment: 'On reflection, easy to build.' },
      },
    ]);
    const [{ count }] = await hub.db.query(`SELECT count(*)::int AS count FROM reviews WHERE item_id = $1`, [idea.id]);
    expect(count).toBe(2);
  });

  it('shows in the queue how many reviewed and whether the caller did', async () => {
    const reviewer = await hub.account([Role.BOARD_MEMBER]);
    const idea = ref(IDEA, await submitIdea(author.client, theme));
    await hub.db.query(`INSERT INTO review_assignments (item_kind, item_id, reviewer_id, assigned_by) VALUES ($1, $2, $3, $4)`, [
      IDEA,
      idea.id,
      reviewer.id,
      chair.id,
    ]);
    await submit(first, idea);
    expect(await queued(reviewer, idea.id)).toMatchObject({ reviewCount: 1, reviewedByMe: false });
    await submit(reviewer, idea);
    expect(await queued(reviewer, idea.id)).toMatchObject({ reviewCount: 2, reviewedByMe: true });
  });

  it('is for board members and the chair; administrators, contributors and visitors may not review', async () => {
    const input = reviewInput(ref(IDEA, await submitIdea(author.client, theme)));
    expect((await admin.client.error(SUBMIT_REVIEW, { input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await author.client.error(SUBMIT_REVIEW, { input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(SUBMIT_REVIEW, { input })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    const query = { itemId: input.item.id, kind: IDEA };
    expect((await author.client.error(REVIEWS, query)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(REVIEWS, query)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('names each criterion scored outside 1 to 5, and a missing comment', async () => {
    const item = ref(IDEA, await submitIdea(author.client, theme));
    for (const criterion of REVIEW_CRITERIA) {
      for (const score of [0, 6]) {
        expect((await first.client.error(SUBMIT_REVIEW, { input: reviewInput(item, 3, { [criterion]: score }) })).extensions).toMatchObject(
          {
            code: ErrorCode.BAD_USER_INPUT,
            fields: [{ field: criterion, message: REVIEW_MESSAGES.scoreOutOfRange(criterion) }],
          },
        );
      }
    }
    expect(REVIEW_MESSAGES.scoreOutOfRange('openStandards')).toBe('Score fit with open standards and interoperability from 1 to 5');
    expect((await first.client.error(SUBMIT_REVIEW, { input: reviewInput(item, 3, { comment: '   ' }) })).extensions.fields).toEqual([
      { field: 'comment', message: REVIEW_MESSAGES.commentMissing },
    ]);
    expect(
      (await first.client.error(SUBMIT_REVIEW, { input: reviewInput(item, 3, { comment: 'x'.repeat(5001) }) })).extensions.fields,
    ).toEqual([{ field: 'comment', message: REVIEW_MESSAGES.commentTooLong }]);
    expect((await first.client.error(SUBMIT_REVIEW, { input: reviewInput(ref(IDEA, 'nope')) })).extensions.fields).toEqual([
      { field: 'item.id', message: 'id must be the id of an idea or report' },
    ]);
    expect((await summary(first, item)).reviewCount).toBe(0);
  });

  it('reviews only items awaiting review: NOT_FOUND for unknown items and drafts, CONFLICT once decided or closed', async () => {
    const { saveIdeaDraft } = await author.client.ok(SAVE_DRAFT, { input: completeIdea(theme) });
    for (const item of [ref(IDEA, randomUUID()), ref(REPORT, randomUUID()), ref(IDEA, saveIdeaDraft.id)]) {
      expect((await first.client.error(SUBMIT_REVIEW, { input: reviewInput(item) })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await first.client.error(REVIEWS, { itemId: item.id, kind: item.kind })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    }
    // An idea's id is not a report's.
    const idea = await submitIdea(author.client, theme);
    expect((await first.client.error(SUBMIT_REVIEW, { input: reviewInput(ref(REPORT, idea)) })).extensions.code).toBe(ErrorCode.NOT_FOUND);

    await chair.client.ok(SET_IDEA_STATUS, { id: idea, status: IdeaStatus.DECLINED, reason: 'Out of scope' });
    expect((await first.client.error(SUBMIT_REVIEW, { input: reviewInput(ref(IDEA, idea)) })).extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      status: IdeaStatus.DECLINED,
    });
    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    await chair.client.ok(SET_REPORT_STATUS, { input: { reportId: report.id, status: ReportStatus.CLOSED, note: 'Duplicate' } });
    const closed = await first.client.error(SUBMIT_REVIEW, { input: reviewInput(ref(REPORT, report.id)) });
    expect(closed.extensions.code).toBe(ErrorCode.CONFLICT);
    expect(closed.message).toBe('This report is no longer awaiting review: it is closed');
    // Reviews already given stay readable.
    expect((await summary(first, ref(REPORT, report.id))).reviewCount).toBe(0);
  });
});
