import { Benefit, ErrorCode } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aDraft, ASHA, signedIn, THEMES } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const EMPTY = aDraft({ summary: '', problem: '', proposal: '', benefits: [], evidence: [], tags: [], theme: null });

async function question(path: string, answers: Parameters<typeof fakeApi>[0] = {}) {
  const calls = fakeApi({
    Me: signedIn(ASHA),
    IdeaDraft: { data: { idea: EMPTY } },
    IdeaThemes: { data: { themes: THEMES } },
    SaveIdeaDraft: ({ input }) => ({ data: { saveIdeaDraft: { ...EMPTY, ...(input as object) } } }),
    ...answers,
  });
  const rendered = await renderApp(path);
  const saved = () => calls.filter((call) => call.operationName === 'SaveIdeaDraft').map((call) => call.variables.input);
  return { calls, saved, ...rendered };
}

describe('the question pages', () => {
  it('go one after another, each saving only its own answer', async () => {
    const { wrapper, router, saved } = await question('/ideas/d1/draft/summary');

    await wrapper.get('#summary').setValue('Structured discharge summaries for GPs.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/ideas/d1/draft/problem');
    expect(document.activeElement?.textContent?.trim()).toBe('What is the problem today?');

    await wrapper.get('#problem').setValue('Letters are retyped.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/ideas/d1/draft/proposal');

    expect(saved()).toEqual([
      { id: 'd1', summary: 'Structured discharge summaries for GPs.' },
      { id: 'd1', problem: 'Letters are retyped.' },
    ]);
  });

  it('ask for at least one benefit, linking the error to the first checkbox', async () => {
    const { wrapper, router, saved } = await question('/ideas/d1/draft/benefits');

    await wrapper.get('main form').trigger('submit');
    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#benefits-PATIENT_OUTCOMES');
    expect(wrapper.find('#benefits-PATIENT_OUTCOMES').exists()).toBe(true);
    expect(saved()).toEqual([]);

    await wrapper.get('#benefits-PATIENT_EXPERIENCE').setValue(true);
    await wrapper.get('#benefits-VALUE_FOR_MONEY').setValue(true);
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(saved()).toEqual([{ id: 'd1', benefits: [Benefit.PATIENT_EXPERIENCE, Benefit.VALUE_FOR_MONEY] }]);
    expect(router.currentRoute.value.path).toBe('/ideas/d1/draft/evidence');
  });

  it('add and remove evidence links, leaving out rows left blank', async () => {
    const { wrapper, saved } = await question('/ideas/d1/draft/evidence');
    const addButton = () => wrapper.findAll('main button').find((button) => /^Add (a|another) link$/.test(button.text()))!;

    expect(wrapper.text()).toContain('You have not added any links.');
    await addButton().trigger('click');
    await addButton().trigger('click');
    await addButton().trigger('click');
    await wrapper.get('#evidence-0-label').setValue('NICE NG12');
    await wrapper.get('#evidence-0-url').setValue('https://www.nice.org.uk/guidance/ng12');
    await wrapper.get('#evidence-1-label').setValue('Removed later');
    await wrapper.get('#evidence-1-url').setValue('https://example.org/');
    const remove = wrapper.findAll('main button').find((button) => button.text() === 'Remove link 2')!;
    await remove.trigger('click');
    expect(wrapper.findAll('legend').map((legend) => legend.text())).toEqual(['Link 1', 'Link 2']);

    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(saved()).toEqual([{ id: 'd1', evidence: [{ label: 'NICE NG12', url: 'https://www.nice.org.uk/guidance/ng12' }] }]);
  });

  it('set the button that adds a link apart from Continue', async () => {
    const { wrapper } = await question('/ideas/d1/draft/evidence');

    const add = wrapper.findAll('main button').find((button) => button.text() === 'Add a link')!;
    expect(add.element.parentElement?.classList).toContain('nhsuk-u-margin-bottom-6');
    expect(add.element.parentElement?.querySelector('button[type="submit"]')).toBeNull();
  });

  it('show the API’s problem with one evidence link beside that link', async () => {
    const message = 'Enter a web address starting with http:// or https://';
    const { wrapper } = await question('/ideas/d1/draft/evidence', {
      SaveIdeaDraft: {
        errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'evidence.1.url', message }] } }],
      },
    });
    const addButton = () => wrapper.findAll('main button').find((button) => /^Add (a|another) link$/.test(button.text()))!;
    await addButton().trigger('click');
    await addButton().trigger('click');
    for (const [index, url] of ['https://example.org/a', 'javascript:alert(1)'].entries()) {
      await wrapper.get(`#evidence-${index}-label`).setValue(`Link ${index}`);
      await wrapper.get(`#evidence-${index}-url`).setValue(url);
    }

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#evidence-1-url');
    expect(wrapper.get('#evidence-1-url-error').text()).toBe(`Error: ${message}`);
  });

  it('offer the curated themes and save the theme with the tags, tidied', async () => {
    const { wrapper, router, saved } = await question('/ideas/d1/draft/theme');

    expect(wrapper.findAll('.nhsuk-radios__label').map((label) => label.text())).toEqual(['Interoperability', 'Workforce']);
    await wrapper.get('main form').trigger('submit');
    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#theme-t1');

    await wrapper.get('#theme-t2').setValue(true);
    await wrapper.get('#tags').setValue(' Rota,  training , rota, ');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(saved()).toEqual([{ id: 'd1', themeId: 't2', tags: ['rota', 'training'] }]);
    expect(router.currentRoute.value.path).toBe('/ideas/d1/draft/check');
  });

  it('show the saved answer when a person comes back to a question', async () => {
    const { wrapper } = await question('/ideas/d1/draft/proposal', {
      IdeaDraft: { data: { idea: aDraft({ proposal: 'Send FHIR documents.' }) } },
    });

    expect((wrapper.get('#proposal').element as HTMLTextAreaElement).value).toBe('Send FHIR documents.');
    expect(wrapper.get('.nhsuk-back-link').attributes('href')).toBe('/ideas/d1/draft/problem');
  });
});
