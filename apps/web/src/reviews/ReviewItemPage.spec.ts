import { IdeaStatus, ReportStatus, REVIEW_CRITERIA, ReviewItemKind, Role } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { aQueueItem, aReport, aReview, aSummary, BOARD, IDEA, MARTIN, PRIYA, reviewWork, SARAH, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const PATH = `/board/review/idea/${IDEA.id}`;
const ALL_FOURS = Object.fromEntries(REVIEW_CRITERIA.map((criterion) => [criterion, 4]));

async function submit(wrapper: VueWrapper, button: string): Promise<void> {
  const form = wrapper
    .findAll('main button')
    .find((candidate) => candidate.text() === button)!
    .element.closest('form')!;
  form.dispatchEvent(new Event('submit'));
  await flushPromises();
}

async function score(wrapper: VueWrapper, criteria: readonly string[], value: number): Promise<void> {
  for (const criterion of criteria) await wrapper.get(`#${criterion}-${value}`).setValue(true);
}

describe('reviewing an item on the rubric', () => {
  it('refuses a review with a score missing, without asking the API', async () => {
    const calls = fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewIdea: { data: { idea: IDEA } }, ...reviewWork() });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.get('h1').text()).toBe(IDEA.title);
    expect(document.title).toBe(`Review: ${IDEA.title} – HealthTech Ideas Hub`);
    await score(
      wrapper,
      REVIEW_CRITERIA.filter((criterion) => criterion !== 'evidence'),
      4,
    );
    await wrapper.get('#review-comment').setValue('Worth doing.');
    await submit(wrapper, 'Submit your review');

    const links = wrapper.findAll('.nhsuk-error-summary a').map((link) => [link.attributes('href'), link.text()]);
    expect(links).toEqual([['#evidence-1', 'Score strength of evidence from 1 to 5']]);
    expect(wrapper.get('#evidence-error').text()).toContain('Score strength of evidence from 1 to 5');
    expect(calls.some((call) => call.operationName === 'SubmitReview')).toBe(false);
  });

  it('hides the others’ scores until the member has reviewed, then shows the means', async () => {
    const hidden = aSummary({ reviewCount: 1 });
    const shown = aSummary({
      reviewCount: 2,
      canSeeScores: true,
      means: { patientOutcomes: 3, patientExperience: 3, staff: 3, feasibility: 3, evidence: 3, openStandards: 3.5 },
      reviews: [aReview(SARAH, 2, 'Thin evidence.'), aReview(MARTIN, 4, 'Worth doing.')],
      myReview: aReview(MARTIN, 4, 'Worth doing.'),
    });
    const calls = fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      ReviewIdea: { data: { idea: IDEA } },
      ...reviewWork(hidden),
      SubmitReview: { data: { submitReview: aReview(MARTIN, 4, 'Worth doing.') } },
      ReviewSummary: { data: { reviews: shown } },
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.text()).toContain('1 review so far.');
    expect(wrapper.text()).toContain('You will see the other reviewers’ scores and comments after you submit your own review.');
    expect(wrapper.text()).not.toContain('Thin evidence.');
    expect(wrapper.find('[data-testid="mean-staff"]').exists()).toBe(false);

    await score(wrapper, REVIEW_CRITERIA, 4);
    await wrapper.get('#review-comment').setValue('  Worth doing.  ');
    await submit(wrapper, 'Submit your review');

    expect(calls.find((call) => call.operationName === 'SubmitReview')?.variables).toEqual({
      input: { item: { kind: ReviewItemKind.IDEA, id: IDEA.id }, ...ALL_FOURS, comment: 'Worth doing.' },
    });
    expect(wrapper.text()).toContain('Your review has been saved.');
    expect(document.activeElement?.textContent).toBe('Reviews');
    expect(wrapper.text()).toContain('2 reviews so far.');
    expect(wrapper.get('[data-testid="mean-openStandards"]').text()).toBe('3.5');
    expect(wrapper.text()).toContain('Thin evidence.');
    expect(wrapper.findAll('.nhsuk-card__heading').map((heading) => heading.text())).toEqual(['Sarah Lindqvist', 'Your review']);
    // The form now holds the review, to change it.
    expect((wrapper.get('#staff-4').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.findAll('main button').some((button) => button.text() === 'Update your review')).toBe(true);
  });

  it('shows an administrator the scores, but no rubric to fill in', async () => {
    const summary = aSummary({ reviewCount: 1, canSeeScores: true, reviews: [aReview(SARAH, 5)], means: { ...ALL_FOURS } as never });
    fakeApi({
      Me: signedInAs(PRIYA, Role.ADMIN),
      ReviewIdea: { data: { idea: IDEA } },
      ...reviewWork(summary),
      BoardReviewers: { data: { boardMembers: BOARD } },
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.get('[data-testid="mean-feasibility"]').text()).toBe('4.0');
    expect(wrapper.find('#review-comment').exists()).toBe(false);
  });
});

describe('the chair’s actions on an item', () => {
  it('assigns a reviewer from the members of the board not yet asked', async () => {
    const queued = aQueueItem({ reviewers: [MARTIN] });
    const calls = fakeApi({
      Me: signedInAs(PRIYA, Role.BOARD_MEMBER, Role.CHAIR),
      ReviewIdea: { data: { idea: IDEA } },
      ...reviewWork(aSummary(), queued),
      BoardReviewers: { data: { boardMembers: BOARD } },
      AssignReviewer: { data: { assignReviewer: aQueueItem({ reviewers: [MARTIN, SARAH] }) } },
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.findAll('input[name="memberId"]').map((input) => input.attributes('value'))).toEqual([PRIYA.id, SARAH.id]);
    expect(wrapper.get(`label[for="memberId-${PRIYA.id}"]`).text()).toBe('Dr Priya Shah');
    await submit(wrapper, 'Assign reviewer');
    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe(`#memberId-${PRIYA.id}`);
    expect(calls.some((call) => call.operationName === 'AssignReviewer')).toBe(false);

    await wrapper.get(`#memberId-${SARAH.id}`).setValue(true);
    await submit(wrapper, 'Assign reviewer');

    expect(calls.at(-1)?.variables).toEqual({ item: { kind: ReviewItemKind.IDEA, id: IDEA.id }, memberId: SARAH.id });
    expect(wrapper.text()).toContain('Sarah Lindqvist has been asked to review it.');
    expect(wrapper.findAll('input[name="memberId"]').map((input) => input.attributes('value'))).toEqual([PRIYA.id]);
  });

  it('declines an idea only with a reason, among the statuses that can come next', async () => {
    const declined = { ...IDEA, status: IdeaStatus.DECLINED, declinedReason: 'Already national policy' };
    const calls = fakeApi({
      Me: signedInAs(PRIYA, Role.BOARD_MEMBER, Role.CHAIR),
      ReviewIdea: { data: { idea: IDEA } },
      ...reviewWork(),
      BoardReviewers: { data: { boardMembers: BOARD } },
      SetIdeaStatus: { data: { setIdeaStatus: declined } },
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.findAll('input[name="idea-status"]').map((input) => input.attributes('value'))).toEqual([
      IdeaStatus.UNDER_REVIEW,
      IdeaStatus.DECLINED,
    ]);
    await wrapper.get('#idea-status-DECLINED').setValue(true);
    await submit(wrapper, 'Change status');
    expect(wrapper.get('.nhsuk-error-summary a').text()).toBe('Enter the reason for declining the idea');
    expect(calls.some((call) => call.operationName === 'SetIdeaStatus')).toBe(false);

    await wrapper.get('#decline-reason').setValue(' Already national policy ');
    await submit(wrapper, 'Change status');

    expect(calls.at(-1)?.variables).toEqual({ id: IDEA.id, status: IdeaStatus.DECLINED, reason: 'Already national policy' });
    expect(wrapper.text()).toContain('Status changed to declined.');
    // Declined ideas leave the queue: no more scores or assignments.
    expect(wrapper.find('#review-comment').exists()).toBe(false);
    expect(wrapper.find('input[name="memberId"]').exists()).toBe(false);
    expect(wrapper.findAll('input[name="idea-status"]').map((input) => input.attributes('value'))).toEqual([IdeaStatus.UNDER_REVIEW]);
  });

  it('offers a board member neither the assignment nor the idea’s status', async () => {
    fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewIdea: { data: { idea: IDEA } }, ...reviewWork() });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.text()).toContain('No one has been asked to review it yet.');
    expect(wrapper.find('input[name="memberId"]').exists()).toBe(false);
    expect(wrapper.find('input[name="idea-status"]').exists()).toBe(false);
  });
});

describe('an item that has left the queue', () => {
  it('still shows, with no one assigned and no rubric', async () => {
    const declined = { ...IDEA, status: IdeaStatus.DECLINED, declinedReason: 'Already national policy' };
    const left = { errors: [{ message: 'Idea was not found', extensions: { code: 'NOT_FOUND' as never } }] };
    fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      ReviewIdea: { data: { idea: declined } },
      ...reviewWork(),
      QueuedReviewItem: left,
    });
    const { wrapper } = await renderApp(PATH);

    expect(wrapper.get('h1').text()).toBe(IDEA.title);
    expect(wrapper.text()).toContain('No one has been asked to review it yet.');
    expect(wrapper.text()).toContain('This idea is no longer awaiting review, so it cannot be scored.');
  });
});

describe('the board’s discussion of an item', () => {
  it('adds a note to the discussion', async () => {
    const note = { id: 'n1', body: 'Shall we ask NHS England?', createdAt: '2026-03-06T10:00:00Z', author: MARTIN };
    const calls = fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      ReviewIdea: { data: { idea: IDEA } },
      ...reviewWork(),
      AddBoardNote: { data: { addBoardNote: note } },
    });
    const { wrapper } = await renderApp(PATH);
    expect(wrapper.text()).toContain('No notes yet.');

    await wrapper.get('#board-note').setValue('Shall we ask NHS England?');
    await submit(wrapper, 'Add note');

    expect(calls.at(-1)?.variables).toEqual({ item: { kind: ReviewItemKind.IDEA, id: IDEA.id }, body: 'Shall we ask NHS England?' });
    expect(wrapper.get('.board-notes').text()).toContain('You');
    expect(wrapper.get('.board-notes').text()).toContain('Shall we ask NHS England?');
  });
});

describe('reviewing a practice gap report', () => {
  it('shows what was reported, the rubric and the statuses the report can move to', async () => {
    const report = aReport({ status: ReportStatus.ACKNOWLEDGED });
    const summary = aSummary({ itemKind: ReviewItemKind.REPORT, itemId: report.id });
    const calls = fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      BoardReport: { data: { practiceGapReport: report } },
      ...reviewWork(summary, aQueueItem({ kind: ReviewItemKind.REPORT, id: report.id, status: ReportStatus.ACKNOWLEDGED })),
      PublishedRecommendations: { data: { recommendations: { edges: [] } } },
    });
    const { wrapper } = await renderApp(`/board/review/report/${report.id}`);

    expect(calls.find((call) => call.operationName === 'ReviewWork')?.variables).toEqual({
      itemId: report.id,
      kind: ReviewItemKind.REPORT,
    });
    expect(wrapper.get('h1').text()).toBe('NICE NG51 sepsis');
    expect(wrapper.get('.nhsuk-caption-l').text()).toBe('Practice gap report under review');
    expect(wrapper.text()).toContain('Screening is skipped at night.');
    expect(wrapper.get(`a[href="/board/reports/${report.id}"]`).text()).toBe('Open the report, with its conversation');
    expect(wrapper.find('#review-comment').exists()).toBe(true);
    expect(wrapper.findAll('input[name="status"]').map((input) => input.attributes('value'))).toEqual([
      ReportStatus.UNDER_REVIEW,
      ReportStatus.REFERRED_ELSEWHERE,
      ReportStatus.CLOSED,
    ]);
  });
});

describe('who may open the page', () => {
  it('is not found for someone who is not on the board', async () => {
    fakeApi({ Me: signedInAs(MARTIN) });
    const { wrapper } = await renderApp(PATH);
    expect(wrapper.get('h1').text()).toBe('Page not found');
  });

  it('says so when the item does not exist', async () => {
    const notFound = { errors: [{ message: 'Idea not found', extensions: { code: 'NOT_FOUND' as never } }] };
    fakeApi({ Me: signedInAs(MARTIN, Role.BOARD_MEMBER), ReviewIdea: notFound, ReviewWork: notFound, QueuedReviewItem: notFound });
    const { wrapper } = await renderApp(PATH);
    expect(wrapper.get('h1').text()).toBe('Item not found');
  });
});
