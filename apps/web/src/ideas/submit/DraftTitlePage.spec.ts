import { ErrorCode, IdeaStatus } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failingOnce, fakeApi, idempotencyKeysOf, UUID_V4 } from '../../test/fakeApi';
import { aDraft, ASHA, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const SIMILAR = [
  { id: 's1', title: 'Share discharge summaries as FHIR documents', status: IdeaStatus.SUBMITTED, endorsementCount: 12, similarity: 0.6 },
  { id: 's2', title: 'Structured discharge letters', status: IdeaStatus.UNDER_REVIEW, endorsementCount: 1, similarity: 0.4 },
];

describe('the title question', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('suggests similar ideas once typing pauses, so a person can endorse instead', async () => {
    const calls = fakeApi({ Me: signedIn(ASHA), SimilarIdeas: { data: { similarIdeas: SIMILAR } } });
    const { wrapper } = await renderApp('/ideas/new/title');

    await wrapper.get('#title').setValue('Share discharge');
    await wrapper.get('#title').setValue('Share discharge summaries');
    await vi.advanceTimersByTimeAsync(299);
    expect(calls.filter((call) => call.operationName === 'SimilarIdeas')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();

    const lookups = calls.filter((call) => call.operationName === 'SimilarIdeas');
    expect(lookups.map((call) => call.variables)).toEqual([{ title: 'Share discharge summaries' }]);
    const panel = wrapper.get('.ideas-similar');
    expect(panel.get('h2').text()).toBe('Is your idea already here?');
    expect(panel.text()).toContain('You can endorse it instead');
    expect(panel.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Share discharge summaries as FHIR documents', '/ideas/s1'],
      ['Structured discharge letters', '/ideas/s2'],
    ]);
    expect(panel.text()).toContain('(Submitted, 12 endorsements)');
    expect(panel.text()).toContain('(Under review, 1 endorsement)');
  });

  it('shows nothing when no idea is similar, and does not ask about a title too short to match', async () => {
    const calls = fakeApi({ Me: signedIn(ASHA), SimilarIdeas: { data: { similarIdeas: [] } } });
    const { wrapper } = await renderApp('/ideas/new/title');

    await wrapper.get('#title').setValue('AI');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.some((call) => call.operationName === 'SimilarIdeas')).toBe(false);

    await wrapper.get('#title').setValue('A brand new thought');
    await vi.advanceTimersByTimeAsync(300);
    await flushPromises();
    expect(calls.filter((call) => call.operationName === 'SimilarIdeas')).toHaveLength(1);
    expect(wrapper.find('.ideas-similar').exists()).toBe(false);
  });

  it('asks for a title before saving anything', async () => {
    const calls = fakeApi({ Me: signedIn(ASHA) });
    const { wrapper } = await renderApp('/ideas/new/title');

    await wrapper.get('main form').trigger('submit');

    const summary = wrapper.get('.nhsuk-error-summary');
    expect(summary.findAll('a').map((link) => [link.attributes('href'), link.text()])).toEqual([['#title', 'Enter a title for your idea']]);
    expect(wrapper.get('#title-error').text()).toBe('Error: Enter a title for your idea');
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });

  it('creates the draft, names it in the address, and moves on to the summary question', async () => {
    const created = aDraft({ id: 'd9', title: 'Open APIs in every contract', summary: '' });
    const calls = fakeApi({
      Me: signedIn(ASHA),
      SimilarIdeas: { data: { similarIdeas: [] } },
      SaveIdeaDraft: { data: { saveIdeaDraft: created } },
      IdeaDraft: { data: { idea: created } },
    });
    const { wrapper, router } = await renderApp('/ideas/new/title');

    await wrapper.get('#title').setValue('  Open APIs in every contract ');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'SaveIdeaDraft')?.variables).toEqual({
      input: { title: 'Open APIs in every contract', idempotencyKey: expect.stringMatching(UUID_V4) },
    });
    expect(router.currentRoute.value.fullPath).toBe('/ideas/d9/draft/summary');
    expect(wrapper.get('h1').text()).toBe('Summarise your idea');
    expect(wrapper.get('.nhsuk-back-link').attributes('href')).toBe('/ideas/d9/draft/title');
    // Back from the summary reaches the saved draft, not a fresh form that would start a second one.
    router.back();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/ideas/d9/draft/title');
    expect((wrapper.get('#title').element as HTMLInputElement).value).toBe('Open APIs in every contract');
  });

  it('warns about what looks like patient data before it is saved', async () => {
    const calls = fakeApi({ Me: signedIn(ASHA), SimilarIdeas: { data: { similarIdeas: [] } } });
    const { wrapper } = await renderApp('/ideas/new/title');

    await wrapper.get('#title').setValue('Mrs Smith, NHS number 943 476 5919, waited 6 hours');
    await wrapper.get('main form').trigger('submit');

    expect(wrapper.get('#title-error').text()).toContain('Remove what looks like an NHS number (“943 476 5919”)');
    expect(calls.some((call) => call.operationName === 'SaveIdeaDraft')).toBe(false);
  });

  it('shows the API’s refusal beside the field', async () => {
    fakeApi({
      Me: signedIn(ASHA),
      SimilarIdeas: { data: { similarIdeas: [] } },
      SaveIdeaDraft: {
        errors: [
          {
            message: 'Title must be 120 characters or fewer',
            extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'title', message: 'Title must be 120 characters or fewer' }] },
          },
        ],
      },
    });
    const { wrapper, router } = await renderApp('/ideas/new/title');

    await wrapper.get('#title').setValue('A fine title');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#title');
    expect(wrapper.get('#title-error').text()).toBe('Error: Title must be 120 characters or fewer');
    expect(router.currentRoute.value.fullPath).toBe('/ideas/new/title');
  });

  it('retries the first save with the same idempotency key, so that it makes one draft', async () => {
    const created = aDraft({ id: 'd9', title: 'Open APIs in every contract', summary: '' });
    const calls = fakeApi({
      Me: signedIn(ASHA),
      SimilarIdeas: { data: { similarIdeas: [] } },
      SaveIdeaDraft: failingOnce(() => ({ data: { saveIdeaDraft: created } })),
      IdeaDraft: { data: { idea: created } },
    });
    const { wrapper, router } = await renderApp('/ideas/new/title');

    await wrapper.get('#title').setValue('Open APIs in every contract');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/ideas/new/title');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    const keys = idempotencyKeysOf(calls, 'SaveIdeaDraft');
    expect(keys).toEqual([expect.stringMatching(UUID_V4), keys[0]]);
    expect(router.currentRoute.value.fullPath).toBe('/ideas/d9/draft/summary');
  });
});
