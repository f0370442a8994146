import {
  ContentType,
  ErrorCode,
  IdentityMode,
  IdeaStatus,
  LIMITS,
  ModerationDecision,
  REVIEW_MESSAGES,
  ReportStatus,
  ReviewItemKind,
  Role,
} from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import { MODERATE, SAVE_DRAFT, SET_STATUS as SET_IDEA_STATUS, completeIdea, submitIdea, themeId } from '../../test/ideas';
import { fileReport, SET_STATUS as SET_REPORT_STATUS } from '../../test/reports';
import { ASSIGN, boardCast, NOTIFICATIONS, QUEUE, QUEUED_ITEM, ref } from '../../test/reviews';

const { IDEA, REPORT } = ReviewItemKind;

describe('the review queue and reviewer assignment', () => {
  const hub = TestHub.forSuite();
  const { chair, member, admin, author } = boardCast(hub, { member: 'Dr Ada Member' });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  /** A board member nobody else assigns to: their `assignedToMe` queue holds exactly this test's items. */
  const freshReviewer = () => hub.account([Role.BOARD_MEMBER], 'Dr Fresh Reviewer');
  const assign = (item: { kind: ReviewItemKind; id: string }, memberId: string, by = chair) => by.client.ok(ASSIGN, { item, memberId });
  const myQueue = async (reviewer: TestAccount, filters: Record<string, unknown> = {}) =>
    (await reviewer.client.ok(QUEUE, { assignedToMe: true, ...filters })).reviewQueue;

  it('lists submitted ideas and open reports, oldest first, with their reviewers and counts per kind and status', async () => {
    const reviewer = await freshReviewer();
    // Filed first: an anonymous report is dated to the day only, which must not put it after the ideas.
    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS, guidance: 'NICE NG12: suspected cancer' });
    const first = await submitIdea(author.client, theme, { title: 'Shared care records for care homes' });
    const second = await submitIdea(author.client, theme, { title: 'Digital red book' });
    await chair.client.ok(SET_IDEA_STATUS, { id: second, status: IdeaStatus.UNDER_REVIEW });
    for (const item of [ref(IDEA, first), ref(IDEA, second), ref(REPORT, report.id)]) await assign(item, reviewer.id);
    await assign(ref(IDEA, second), member.id);

    const queue = await myQueue(reviewer);
    expect(queue.items).toEqual([
      expect.objectContaining({
        kind: REPORT,
        id: report.id,
        title: 'NICE NG12: suspected cancer',
        status: ReportStatus.RECEIVED,
        theme: null,
      }),
      {
        kind: IDEA,
        id: first,
        title: 'Shared care records for care homes',
        status: IdeaStatus.SUBMITTED,
        submittedAt: expect.any(String),
        theme: { slug: 'primary-care-systems' },
        reviewers: [{ id: reviewer.id, name: 'Dr Fresh Reviewer' }],
        reviewCount: 0,
        reviewedByMe: false,
        assignedToMe: true,
      },
      expect.objectContaining({
        id: second,
        status: IdeaStatus.UNDER_REVIEW,
        reviewers: [
          { id: reviewer.id, name: 'Dr Fresh Reviewer' },
          { id: member.id, name: 'Dr Ada Member' },
        ],
      }),
    ]);
    expect(queue.counts).toEqual([
      { kind: IDEA, status: IdeaStatus.SUBMITTED, count: 1 },
      { kind: IDEA, status: IdeaStatus.UNDER_REVIEW, count: 1 },
      { kind: REPORT, status: ReportStatus.RECEIVED, count: 1 },
    ]);
    expect(queue.totalCount).toBe(3);

    const ideasOnly = await myQueue(reviewer, { kind: IDEA });
    expect(ideasOnly.items.map((item: { id: string }) => item.id)).toEqual([first, second]);
    expect(ideasOnly.counts).toEqual(queue.counts);
    expect(ideasOnly.totalCount).toBe(2);
    const underReview = await myQueue(reviewer, { status: IdeaStatus.UNDER_REVIEW });
    expect(underReview.items.map((item: { id: string }) => item.id)).toEqual([second]);
    expect(underReview.totalCount).toBe(1);
  });

  it('drops ideas once decided or hidden, and reports once closed', async () => {
    const reviewer = await freshReviewer();
    const declined = await submitIdea(author.client, theme);
    const hidden = await submitIdea(author.client, theme);
    const kept = await submitIdea(author.client, theme);
    const closed = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    for (const item of [ref(IDEA, declined), ref(IDEA, hidden), ref(IDEA, kept), ref(REPORT, closed.id)]) await assign(item, reviewer.id);
    await chair.client.ok(SET_IDEA_STATUS, { id: declined, status: IdeaStatus.DECLINED, reason: 'Already national policy' });
    await admin.client.ok(MODERATE, {
      input: { contentType: ContentType.IDEA, contentId: hidden, decision: ModerationDecision.HIDE, reason: 'Spam' },
    });
    await member.client.ok(SET_REPORT_STATUS, { input: { reportId: closed.id, status: ReportStatus.CLOSED, note: 'Duplicate' } });

    const queue = await myQueue(reviewer);
    expect(queue.items.map((item: { id: string }) => item.id)).toEqual([kept]);
    expect(queue.counts).toEqual([{ kind: IDEA, status: IdeaStatus.SUBMITTED, count: 1 }]);
  });

  it('counts every queued item, and shows at most the limit', async () => {
    await submitIdea(author.client, theme);
    const queue = (await member.client.ok(QUEUE)).reviewQueue;
    const total = queue.counts.reduce((sum: number, count: { count: number }) => sum + count.count, 0);
    expect(queue.totalCount).toBe(total);
    expect(queue.items).toHaveLength(Math.min(total, LIMITS.reviewQueueMax));
    expect(queue.counts.every((count: { kind: string; status: string }) => count.kind === IDEA || count.kind === REPORT)).toBe(true);
  });

  it('is for the board and administrators, and names a status that is not in the queue', async () => {
    await chair.client.ok(QUEUE);
    await admin.client.ok(QUEUE);
    expect((await author.client.error(QUEUE)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(QUEUE)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await member.client.error(QUEUE, { status: IdeaStatus.DRAFT })).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'status', message: REVIEW_MESSAGES.statusUnknown }],
    });
  });

  it('shows one item with its reviewers as the queue lists it, and nothing once it has left the queue', async () => {
    const reviewer = await freshReviewer();
    const idea = await submitIdea(author.client, theme, { title: 'Remote monitoring for heart failure' });
    await assign(ref(IDEA, idea), reviewer.id);
    await assign(ref(IDEA, idea), member.id);
    const item = async (kind: ReviewItemKind, itemId: string, by = reviewer) => by.client.ok(QUEUED_ITEM, { kind, itemId });

    const { reviewItem } = await item(IDEA, idea);
    expect(reviewItem).toEqual({
      kind: IDEA,
      id: idea,
      title: 'Remote monitoring for heart failure',
      status: IdeaStatus.SUBMITTED,
      submittedAt: expect.any(String),
      theme: { slug: 'primary-care-systems' },
      reviewers: [
        { id: reviewer.id, name: 'Dr Fresh Reviewer' },
        { id: member.id, name: 'Dr Ada Member' },
      ],
      reviewCount: 0,
      reviewedByMe: false,
      assignedToMe: true,
    });
    expect((await myQueue(reviewer)).items).toEqual([reviewItem]);
    expect((await item(IDEA, idea, chair)).reviewItem).toMatchObject({ id: idea, assignedToMe: false });

    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    expect((await item(REPORT, report.id)).reviewItem).toMatchObject({ kind: REPORT, id: report.id, reviewers: [] });
    await chair.client.ok(SET_IDEA_STATUS, { id: idea, status: IdeaStatus.DECLINED, reason: 'Already national policy' });
    for (const [kind, id] of [
      [IDEA, idea],
      [IDEA, randomUUID()],
      [REPORT, idea],
    ] as const) {
      expect((await reviewer.client.error(QUEUED_ITEM, { kind, itemId: id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    }
  });

  it('shows one item only to the board and administrators', async () => {
    const idea = await submitIdea(author.client, theme);
    const variables = { kind: IDEA, itemId: idea };
    await admin.client.ok(QUEUED_ITEM, variables);
    expect((await author.client.error(QUEUED_ITEM, variables)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(QUEUED_ITEM, variables)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('assigns a board member once, notifying them once, with an audit row; the chair and admins may assign', async () => {
    const reviewer = await freshReviewer();
    const idea = await submitIdea(author.client, theme, { title: 'Open APIs for pathology results' });
    const assigned = (await assign(ref(IDEA, idea), reviewer.id)).assignReviewer;
    expect(assigned).toMatchObject({ id: idea, reviewers: [{ id: reviewer.id }], assignedToMe: false });
    await assign(ref(IDEA, idea), reviewer.id, admin);

    const [{ count }] = await hub.db.query(`SELECT count(*)::int AS count FROM review_assignments WHERE item_id = $1`, [idea]);
    expect(count).toBe(1);
    // Only this kind: votes opened by suites running alongside notify every board member too.
    const assignedNotes = (await reviewer.client.ok(NOTIFICATIONS)).notifications.items.filter(
      (item: { kind: string }) => item.kind === 'REVIEW_ASSIGNED',
    );
    expect(assignedNotes).toEqual([
      {
        kind: 'REVIEW_ASSIGNED',
        message: 'You have been asked to review the idea “Open APIs for pathology results”',
        link: `/board/review/idea/${idea}`,
        read: false,
      },
    ]);
    expect(await auditRows(hub, 'assignReviewer', idea)).toEqual([
      {
        actor_id: chair.id,
        action: 'assignReviewer',
        entity_type: 'ReviewAssignment',
        entity_id: idea,
        before: null,
        after: { itemKind: IDEA, itemId: idea, reviewerId: reviewer.id },
      },
    ]);

    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    await assign(ref(REPORT, report.id), chair.id, admin);
    expect((await chair.client.ok(NOTIFICATIONS)).notifications.items.map((item: { link: string }) => item.link)).toContain(
      `/board/review/report/${report.id}`,
    );
  });

  it('refuses assignment to members, contributors and visitors', async () => {
    const idea = await submitIdea(author.client, theme);
    const variables = { item: ref(IDEA, idea), memberId: member.id };
    expect((await member.client.error(ASSIGN, variables)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await author.client.error(ASSIGN, variables)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(ASSIGN, variables)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('assigns only board members and the chair, naming memberId otherwise', async () => {
    const idea = await submitIdea(author.client, theme);
    const disabled = await freshReviewer();
    await hub.db.query(`UPDATE accounts SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    for (const memberId of [author.id, admin.id, disabled.id, randomUUID(), 'someone']) {
      expect((await chair.client.error(ASSIGN, { item: ref(IDEA, idea), memberId })).extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'memberId', message: REVIEW_MESSAGES.memberNotOnBoard }],
      });
    }
    expect((await chair.client.error(ASSIGN, { item: ref(IDEA, 'idea'), memberId: member.id })).extensions.fields).toEqual([
      { field: 'item.id', message: 'id must be the id of an idea or report' },
    ]);
  });

  it('assigns only items awaiting review: NOT_FOUND for unknown items and drafts, CONFLICT once decided', async () => {
    const { saveIdeaDraft } = await author.client.ok(SAVE_DRAFT, { input: completeIdea(theme) });
    for (const item of [ref(IDEA, randomUUID()), ref(REPORT, randomUUID()), ref(IDEA, saveIdeaDraft.id)]) {
      expect((await chair.client.error(ASSIGN, { item, memberId: member.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    }
    const declined = await submitIdea(author.client, theme);
    await chair.client.ok(SET_IDEA_STATUS, { id: declined, status: IdeaStatus.DECLINED, reason: 'Out of scope' });
    const conflict = await chair.client.error(ASSIGN, { item: ref(IDEA, declined), memberId: member.id });
    expect(conflict.extensions).toMatchObject({ code: ErrorCode.CONFLICT, status: IdeaStatus.DECLINED });
    expect(conflict.message).toBe('This idea is no longer awaiting review: it is declined');
  });
});
