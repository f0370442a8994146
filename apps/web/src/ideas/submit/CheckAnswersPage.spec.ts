import { ErrorCode, IdeaStatus } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aDraft, ASHA, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

async function checkPage(draft = aDraft(), answers: Parameters<typeof fakeApi>[0] = {}) {
  const calls = fakeApi({ Me: signedIn(ASHA), IdeaDraft: { data: { idea: draft } }, ...answers });
  return { calls, ...(await renderApp(`/ideas/${draft.id}/draft/check`)) };
}

describe('check your answers', () => {
  it('shows each answer with a link back to its question', async () => {
    const { wrapper } = await checkPage();

    const rows = wrapper.findAll('.nhsuk-summary-list__row').map((row) => ({
      question: row.get('dt').text(),
      answer: row.get('.nhsuk-summary-list__value').text(),
      change: row.get('.nhsuk-summary-list__actions a').attributes('href'),
      changeText: row.get('.nhsuk-summary-list__actions a').text(),
    }));
    expect(rows).toEqual([
      {
        question: 'Title',
        answer: 'Share discharge summaries as structured documents',
        change: '/ideas/d1/draft/title?change=yes',
        changeText: 'Change title',
      },
      {
        question: 'Summary',
        answer: 'Send discharge summaries to GPs as structured FHIR documents.',
        change: '/ideas/d1/draft/summary?change=yes',
        changeText: 'Change summary',
      },
      {
        question: 'The problem today',
        answer: 'GP practices retype discharge letters by hand.',
        change: '/ideas/d1/draft/problem?change=yes',
        changeText: 'Change the problem today',
      },
      {
        question: 'The change you propose',
        answer: 'Every trust sends FHIR discharge summaries.',
        change: '/ideas/d1/draft/proposal?change=yes',
        changeText: 'Change the change you propose',
      },
      {
        question: 'Who would benefit',
        answer: 'Patient outcomes\nStaff time and wellbeing',
        change: '/ideas/d1/draft/benefits?change=yes',
        changeText: 'Change who would benefit',
      },
      {
        question: 'Evidence',
        answer: 'PRSB standard: https://theprsb.org/standards/',
        change: '/ideas/d1/draft/evidence?change=yes',
        changeText: 'Change evidence',
      },
      { question: 'Theme', answer: 'Interoperability', change: '/ideas/d1/draft/theme?change=yes', changeText: 'Change theme' },
      { question: 'Tags', answer: 'discharge\nfhir', change: '/ideas/d1/draft/theme?change=yes', changeText: 'Change tags' },
    ]);
  });

  it('comes back here after an answer is changed', async () => {
    const draft = aDraft();
    const changed = { ...draft, summary: 'A shorter summary.' };
    const calls = fakeApi({
      Me: signedIn(ASHA),
      IdeaDraft: () => ({ data: { idea: calls.some((call) => call.operationName === 'SaveIdeaDraft') ? changed : draft } }),
      SaveIdeaDraft: { data: { saveIdeaDraft: changed } },
    });
    const { wrapper, router } = await renderApp('/ideas/d1/draft/check');

    await wrapper.get('#change-summary').trigger('click');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Summarise your idea');
    expect(wrapper.get('.nhsuk-back-link').attributes('href')).toBe('/ideas/d1/draft/check');
    await wrapper.get('#summary').setValue('A shorter summary.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'SaveIdeaDraft')?.variables).toEqual({
      input: { id: 'd1', summary: 'A shorter summary.' },
    });
    expect(router.currentRoute.value.fullPath).toBe('/ideas/d1/draft/check');
    expect(wrapper.text()).toContain('A shorter summary.');
  });

  it('submits the idea and confirms it', async () => {
    const { calls, wrapper, router } = await checkPage(aDraft(), {
      SubmitIdea: { data: { submitIdea: { id: 'd1', title: 'x', status: IdeaStatus.SUBMITTED } } },
    });

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'SubmitIdea')?.variables).toEqual({ id: 'd1' });
    expect(router.currentRoute.value.fullPath).toBe('/ideas/d1/submitted');
    expect(wrapper.get('.nhsuk-panel h1').text()).toBe('Idea submitted');
    expect(wrapper.get('main a[href="/ideas/d1"]').text()).toBe('View your idea');
  });

  it('refuses to submit what looks like patient data, pointing at the answer to change', async () => {
    const { calls, wrapper } = await checkPage(aDraft({ problem: 'Seen on 12/03/1961 at LS1 4AP' }));

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    const link = wrapper.get('.nhsuk-error-summary a');
    expect(link.attributes('href')).toBe('#change-problem');
    expect(link.text()).toMatch(/^Remove what looks like a full date of birth or a postcode/);
    expect(wrapper.find('#change-problem').exists()).toBe(true);
    expect(wrapper.get('#change-problem-error').text()).toContain('Remove what looks like');
    expect(calls.some((call) => call.operationName === 'SubmitIdea')).toBe(false);
  });

  it('lists the answers still missing', async () => {
    const { wrapper } = await checkPage(aDraft({ proposal: '', benefits: [], theme: null }));

    await wrapper.get('main form').trigger('submit');

    expect(wrapper.findAll('.nhsuk-error-summary a').map((link) => [link.attributes('href'), link.text()])).toEqual([
      ['#change-proposal', 'Describe the change you propose'],
      ['#change-benefits', 'Select who would benefit'],
      ['#change-themeId', 'Select a theme'],
    ]);
    const values = wrapper.findAll('.nhsuk-summary-list__value').map((value) => value.text());
    expect([values[3], values[4], values[6]]).toEqual([
      'Error: Describe the change you propose Not answered',
      'Error: Select who would benefit Not answered',
      'Error: Select a theme Not answered',
    ]);
  });

  it('shows the API’s refusal against the answer it names', async () => {
    const message = 'Remove what looks like a postcode (“LS1 4AP”): do not include information that could identify a patient';
    const { wrapper } = await checkPage(aDraft(), {
      SubmitIdea: {
        errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'evidence.0.label', message }] } }],
      },
    });

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#change-evidence');
    expect(wrapper.get('#change-evidence-error').text()).toBe(`Error: ${message}`);
  });

  it('opens the idea itself once it has been submitted', async () => {
    const { router } = await checkPage(aDraft({ status: IdeaStatus.SUBMITTED }), {
      Idea: { errors: [{ message: 'Idea was not found', extensions: { code: ErrorCode.NOT_FOUND } }] },
    });
    expect(router.currentRoute.value.fullPath).toBe('/ideas/d1');
  });
});
