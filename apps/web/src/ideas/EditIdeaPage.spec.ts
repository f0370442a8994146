import { ConflictReason, ErrorCode, IdeaStatus } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { aDraft, anIdea, ASHA, signedIn, THEMES } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const SUBMITTED = aDraft({ id: 'i1', status: anIdea().status, version: 3 });

const CONFLICT = (reason: ConflictReason, message: string) => ({
  errors: [{ message, extensions: { code: ErrorCode.CONFLICT, reason } }],
});

describe('editing a submitted idea', () => {
  it('saves every answer with the version it started from, then shows the idea', async () => {
    const calls = fakeApi({
      Me: signedIn(ASHA),
      IdeaDraft: { data: { idea: SUBMITTED } },
      IdeaThemes: { data: { themes: THEMES } },
      EditIdea: ({ input }) => ({ data: { editIdea: { ...SUBMITTED, ...(input as object), version: 4 } } }),
      Idea: { data: { idea: anIdea() } },
    });
    const { wrapper, router } = await renderApp('/ideas/i1/edit');

    expect((wrapper.get('#title').element as HTMLInputElement).value).toBe(SUBMITTED.title);
    expect((wrapper.get('#theme-t1').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('#title').setValue('Share discharge summaries as FHIR documents');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'EditIdea')?.variables).toEqual({
      input: {
        id: 'i1',
        expectedVersion: 3,
        title: 'Share discharge summaries as FHIR documents',
        summary: SUBMITTED.summary,
        problem: SUBMITTED.problem,
        proposal: SUBMITTED.proposal,
        benefits: SUBMITTED.benefits,
        evidence: SUBMITTED.evidence,
        themeId: 't1',
        tags: ['discharge', 'fhir'],
      },
    });
    expect(router.currentRoute.value.fullPath).toBe('/ideas/i1');
  });

  it('tells the person when someone else changed the idea first, and shows the latest version', async () => {
    let loads = 0;
    const latest = { ...SUBMITTED, title: 'A title changed elsewhere', version: 4 };
    const calls = fakeApi({
      Me: signedIn(ASHA),
      IdeaDraft: () => ({ data: { idea: loads++ === 0 ? SUBMITTED : latest } }),
      IdeaThemes: { data: { themes: THEMES } },
      EditIdea: CONFLICT(ConflictReason.STALE_VERSION, 'The idea changed'),
    });
    const { wrapper, router } = await renderApp('/ideas/i1/edit');

    await wrapper.get('#summary').setValue('My new summary');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary').text()).toContain(
      'Someone changed this idea after you opened it, so your changes were not saved.',
    );
    expect((wrapper.get('#title').element as HTMLInputElement).value).toBe('A title changed elsewhere');
    expect(router.currentRoute.value.fullPath).toBe('/ideas/i1/edit');

    // The next save starts from the version now shown.
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(calls.filter((call) => call.operationName === 'EditIdea').at(-1)?.variables).toMatchObject({
      input: { expectedVersion: 4, title: 'A title changed elsewhere' },
    });
  });

  it('says so when the idea can no longer be edited', async () => {
    fakeApi({
      Me: signedIn(ASHA),
      IdeaDraft: { data: { idea: { ...SUBMITTED, canEdit: false } } },
      IdeaThemes: { data: { themes: THEMES } },
    });
    const { wrapper } = await renderApp('/ideas/i1/edit');

    expect(wrapper.text()).toContain('You can no longer edit this idea');
    expect(wrapper.find('main form').exists()).toBe(false);
  });

  it('says the board has started its review, not that someone changed the idea, when that is why the save failed', async () => {
    let loads = 0;
    fakeApi({
      Me: signedIn(ASHA),
      IdeaDraft: () => ({ data: { idea: loads++ === 0 ? SUBMITTED : { ...SUBMITTED, status: IdeaStatus.UNDER_REVIEW, canEdit: false } } }),
      IdeaThemes: { data: { themes: THEMES } },
      EditIdea: CONFLICT(ConflictReason.REVIEW_STARTED, 'Review started'),
    });
    const { wrapper, router } = await renderApp('/ideas/i1/edit');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    const summary = wrapper.get('.nhsuk-error-summary').text();
    expect(summary).toContain('The board has started to review this idea, so it can no longer be edited.');
    expect(summary).not.toContain('Someone changed this idea');
    expect(wrapper.text()).toContain('You can no longer edit this idea');
    expect(wrapper.find('main form').exists()).toBe(false);
    expect(router.currentRoute.value.fullPath).toBe('/ideas/i1/edit');
  });

  it('gives the API’s own sentence for any other conflict', async () => {
    fakeApi({
      Me: signedIn(ASHA),
      IdeaDraft: { data: { idea: SUBMITTED } },
      IdeaThemes: { data: { themes: THEMES } },
      EditIdea: CONFLICT(ConflictReason.HIDDEN, 'A moderator has hidden this idea'),
    });
    const { wrapper } = await renderApp('/ideas/i1/edit');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary').text()).toContain('A moderator has hidden this idea');
    expect(wrapper.get('.nhsuk-error-summary').text()).not.toContain('Someone changed this idea');
  });
});
