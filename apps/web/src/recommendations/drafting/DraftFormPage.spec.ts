import { ConflictReason, ErrorCode, IdeaStatus, RECOMMENDATION_MESSAGES as M, RecommendationStatus, ReportStatus } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aRecommendation, boardPage, CHAIR, signedIn, THEMES } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { CHANGED_MESSAGE } from './draftForm';

const IDEA = { id: 'i7', title: 'Multi-factor authentication on every clinical system', status: IdeaStatus.SUBMITTED };
const OTHER_IDEA = { id: 'i8', title: 'Protected time for digital training', status: IdeaStatus.SHORTLISTED };
const REPORT = { id: 'p1', receiptCode: 'GAP-7K4M-Q2XD', guidance: 'NICE NG51 sepsis', status: ReportStatus.RECEIVED };

const FORM_ANSWERS = {
  Me: signedIn(CHAIR),
  IdeaThemes: { data: { themes: THEMES } },
  LinkableIdeas: { data: { ideas: { edges: [{ node: IDEA }, { node: OTHER_IDEA }] } } },
  LinkableIdeaById: { data: { idea: IDEA } },
  LinkableReports: { data: { practiceGapReports: { edges: [{ node: REPORT }] } } },
};

const CONFLICT = (reason: ConflictReason, message: string) => ({ errors: [{ message, extensions: { code: ErrorCode.CONFLICT, reason } }] });

describe('drafting a recommendation', () => {
  it('arrives from an idea with that idea linked, and sends the whole text', async () => {
    const calls = fakeApi({
      ...FORM_ANSWERS,
      DraftRecommendation: { data: { draftRecommendation: { id: 'r9' } } },
      BoardRecommendation: boardPage(),
    });
    const { wrapper, router } = await renderApp('/board/recommendations/new?idea=i7');

    expect((wrapper.get('#ideas-i7').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('#title').setValue('Phishing-resistant sign-in for clinical systems');
    await wrapper.get('#summary').setValue('Require multi-factor authentication.');
    await wrapper.get('#rationale').setValue('Passwords alone are phished.');
    await wrapper.get('#actions-0-action').setValue('Require MFA in every contract');
    await wrapper.get('#actions-0-owner').setValue('NHS England');
    // A second action row left blank is dropped, not sent half-filled.
    await wrapper
      .findAll('main button')
      .find((button) => button.text() === 'Add another action')!
      .trigger('click');
    await wrapper.get('#audience').setValue('Chief information officers');
    await wrapper.get('#theme-t2').setValue(true);
    await wrapper
      .findAll('main button')
      .find((button) => button.text() === 'Add an organisation')!
      .trigger('click');
    await wrapper.get('#organisations-0').setValue('  NHS Digital ');
    await wrapper.get('#reports-p1').setValue(true);
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'DraftRecommendation')?.variables).toEqual({
      input: {
        title: 'Phishing-resistant sign-in for clinical systems',
        summary: 'Require multi-factor authentication.',
        rationale: 'Passwords alone are phished.',
        actions: [{ action: 'Require MFA in every contract', owner: 'NHS England' }],
        audience: 'Chief information officers',
        themeId: 't2',
        organisations: ['NHS Digital'],
        evidence: [],
        ideaIds: ['i7'],
        reportIds: ['p1'],
      },
    });
    expect(router.currentRoute.value.fullPath).toBe('/board/recommendations/r9');
  });

  it('names every missing answer before sending anything', async () => {
    const calls = fakeApi(FORM_ANSWERS);
    const { wrapper } = await renderApp('/board/recommendations/new');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    const links = wrapper.findAll('.nhsuk-error-summary a').map((link) => [link.text(), link.attributes('href')]);
    expect(links).toEqual([
      [M.titleMissing, '#title'],
      [M.summaryMissing, '#summary'],
      [M.rationaleMissing, '#rationale'],
      [M.actionsMissing, '#actions-0-action'],
      [M.audienceMissing, '#audience'],
      [M.themeMissing, '#theme-t1'],
      [M.sourcesMissing, '#idea-search'],
    ]);
    expect(calls.some((call) => call.operationName === 'DraftRecommendation')).toBe(false);
  });
});

describe('editing a draft', () => {
  it('keeps the person’s text and shows the other version when someone else saved first', async () => {
    let loads = 0;
    const theirs = aRecommendation({ title: 'A title changed by someone else', version: 3, revisionNumber: 3 });
    const calls = fakeApi({
      ...FORM_ANSWERS,
      RecommendationForEditing: () => ({ data: { recommendation: loads++ === 0 ? aRecommendation() : theirs } }),
      ReviseRecommendation: (variables) =>
        variables.expectedVersion === 2
          ? CONFLICT(ConflictReason.STALE_VERSION, 'This recommendation was changed since you opened it')
          : { data: { reviseRecommendation: { id: 'r1', version: 4 } } },
      BoardRecommendation: boardPage(),
    });
    const { wrapper, router } = await renderApp('/board/recommendations/r1/edit');

    expect((wrapper.get('#title').element as HTMLInputElement).value).toBe(aRecommendation().title);
    await wrapper.get('#title').setValue('My better title');
    await wrapper.get('#summary').setValue('My new summary.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary').text()).toContain(CHANGED_MESSAGE);
    expect((wrapper.get('#title').element as HTMLInputElement).value).toBe('My better title');
    expect((wrapper.get('#summary').element as HTMLTextAreaElement).value).toBe('My new summary.');
    expect(wrapper.get('main .nhsuk-card').text()).toContain('Their version (revision 3)');
    expect(wrapper.get('main .nhsuk-card').text()).toContain('A title changed by someone else');
    expect(router.currentRoute.value.fullPath).toBe('/board/recommendations/r1/edit');

    // Having seen their version, the person saves again: from it, with their own text.
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(calls.filter((call) => call.operationName === 'ReviseRecommendation').at(-1)?.variables).toMatchObject({
      id: 'r1',
      expectedVersion: 3,
      input: { title: 'My better title', summary: 'My new summary.', ideaIds: ['i1'] },
    });
    expect(router.currentRoute.value.fullPath).toBe('/board/recommendations/r1');
  });

  it('says why when the draft cannot be edited though nobody else changed it', async () => {
    fakeApi({
      ...FORM_ANSWERS,
      RecommendationForEditing: { data: { recommendation: aRecommendation() } },
      ReviseRecommendation: CONFLICT(
        ConflictReason.VOTE_OPEN,
        'A vote is open on this recommendation: it cannot be edited until the vote closes',
      ),
    });
    const { wrapper } = await renderApp('/board/recommendations/r1/edit');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary').text()).toContain('A vote is open on this recommendation');
    expect(wrapper.find('main .nhsuk-card').exists()).toBe(false);
  });

  it('says a vote is open, not that someone changed it, when both happened since the form opened', async () => {
    let loads = 0;
    fakeApi({
      ...FORM_ANSWERS,
      RecommendationForEditing: () => ({ data: { recommendation: aRecommendation({ version: loads++ === 0 ? 2 : 3 }) } }),
      ReviseRecommendation: CONFLICT(
        ConflictReason.VOTE_OPEN,
        'A vote is open on this recommendation: it cannot be edited until the vote closes',
      ),
    });
    const { wrapper } = await renderApp('/board/recommendations/r1/edit');

    await wrapper.get('#title').setValue('My better title');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary').text()).toContain('A vote is open on this recommendation');
    expect(wrapper.get('.nhsuk-error-summary').text()).not.toContain(CHANGED_MESSAGE);
    expect((wrapper.get('#title').element as HTMLInputElement).value).toBe('My better title');
    expect(wrapper.find('main .nhsuk-card').exists()).toBe(false);
  });

  it('says the recommendation can no longer be edited once it has been published', async () => {
    let loads = 0;
    const published = aRecommendation({
      status: RecommendationStatus.PUBLISHED,
      publishedAt: '2026-03-03T10:00:00Z',
      publishedRevision: 2,
    });
    fakeApi({
      ...FORM_ANSWERS,
      RecommendationForEditing: () => ({ data: { recommendation: loads++ === 0 ? aRecommendation() : published } }),
      ReviseRecommendation: CONFLICT(ConflictReason.ALREADY_PUBLISHED, 'This recommendation has been published'),
      BoardRecommendation: boardPage(),
    });
    const { wrapper } = await renderApp('/board/recommendations/r1/edit');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary').text()).toContain('This recommendation has been published');
    expect(wrapper.get('.nhsuk-error-summary').text()).not.toContain(CHANGED_MESSAGE);
    expect(wrapper.text()).toContain('This recommendation has been published, so it can no longer be edited.');
    expect(wrapper.find('main form').exists()).toBe(false);
  });

  it('keeps the reports a draft draws on ticked when editing it', async () => {
    fakeApi({
      ...FORM_ANSWERS,
      RecommendationForEditing: { data: { recommendation: aRecommendation({ reportCount: 1, reportIds: ['p1'] }) } },
    });
    const { wrapper } = await renderApp('/board/recommendations/r1/edit');
    await flushPromises();

    expect((wrapper.get('input[name="reports"][value="p1"]').element as HTMLInputElement).checked).toBe(true);
  });
});
