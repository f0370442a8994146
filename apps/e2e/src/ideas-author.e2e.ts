import { expectNoAxeViolations } from './support/a11y';
import { usePage } from './support/browser';
import { demoPassword } from './support/env';
import { signInToApi } from './support/graphql';
import { errorSummary, expectTitleContains, expectToLeave, fillSignIn, main, pathOf, SERVICE_NAME, visit } from './support/hub';
import { createIdea, uniqueWord } from './support/ideas';

describe('an author’s own ideas', () => {
  const currentPage = usePage();

  it('resumes a draft from "Your ideas", edits a submitted idea, and is told when it changed meanwhile', async () => {
    const word = uniqueWord();
    const api = await signInToApi('techexpert@demo.nhs.uk');
    const title = `Single sign-on across trust systems ${word}`;
    const ideaId = await createIdea(api, {
      title,
      summary: 'One sign-in for every clinical system in a trust.',
      problem: 'Clinicians sign in to a dozen systems a shift.',
      proposal: 'Trusts adopt single sign-on with smartcards.',
    });
    const { saveIdeaDraft: draft } = await api.request<{ saveIdeaDraft: { id: string } }>(
      'mutation Save($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { id } }',
      { input: { title: `Half-written idea ${word}`, summary: 'Only a summary so far.' } },
    );

    const page = currentPage();
    await visit(page, '/sign-in');
    await fillSignIn(page, 'techexpert@demo.nhs.uk', demoPassword());
    await expectToLeave(page, '/sign-in');
    await page.getByRole('banner').getByRole('link', { name: 'Your ideas' }).click();
    await main(page).getByRole('heading', { level: 1, name: 'Your ideas' }).waitFor();
    await expectTitleContains(page, `Your ideas – ${SERVICE_NAME}`);
    await main(page).getByRole('link', { name: title }).waitFor();
    await expectNoAxeViolations(page, 'my-ideas');

    // The draft opens at its first unanswered question, with what was saved kept.
    // Chromium puts a space before the visually hidden ": continue this draft" when it names the link.
    await main(page)
      .getByRole('link', { name: new RegExp(`^Half-written idea ${word} ?: continue this draft$`) })
      .click();
    await main(page).getByRole('heading', { level: 1, name: 'What is the problem today?' }).waitFor();
    expect(pathOf(page)).toBe(`/ideas/${draft.id}/draft/problem`);
    await main(page).getByRole('link', { name: 'Back' }).click();
    await main(page).getByRole('heading', { level: 1, name: 'Summarise your idea' }).waitFor();
    // The question is disabled until the saved answer has arrived.
    await main(page).locator('form > fieldset:not([disabled])').waitFor();
    expect(await main(page).getByLabel('Summarise your idea').inputValue()).toBe('Only a summary so far.');

    // Edit the submitted idea.
    await visit(page, `/ideas/${ideaId}`);
    await main(page).getByRole('link', { name: 'Edit your idea' }).click();
    await main(page).getByRole('heading', { level: 1, name: 'Edit your idea' }).waitFor();
    await expectNoAxeViolations(page, 'idea-edit');
    await main(page).getByLabel('Summary', { exact: true }).fill('One sign-in, with a smartcard, for every clinical system.');
    await main(page).getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === `/ideas/${ideaId}`);
    await main(page).locator('.nhsuk-lede-text', { hasText: 'One sign-in, with a smartcard, for every clinical system.' }).waitFor();
    expect(await main(page).innerText()).toContain('Edited once since it was submitted');
    await expectNoAxeViolations(page, 'idea-page-edited');

    // Someone (here, the author in another tab) saves first: the second save is refused, not lost silently.
    await main(page).getByRole('link', { name: 'Edit your idea' }).click();
    await main(page).getByRole('heading', { level: 1, name: 'Edit your idea' }).waitFor();
    const { idea } = await api.request<{ idea: { version: number; theme: { id: string } } }>(
      'query Idea($id: ID!) { idea(id: $id) { version theme { id } } }',
      { id: ideaId },
    );
    await api.request('mutation Edit($input: EditIdeaInput!) { editIdea(input: $input) { id } }', {
      input: {
        id: ideaId,
        expectedVersion: idea.version,
        title: `${title} (changed in another tab)`,
        summary: 'One sign-in for every clinical system in a trust.',
        problem: 'Clinicians sign in to a dozen systems a shift.',
        proposal: 'Trusts adopt single sign-on with smartcards.',
        benefits: ['PATIENT_EXPERIENCE'],
        evidence: [],
        themeId: idea.theme.id,
        tags: ['e2e'],
      },
    });
    await main(page).getByLabel('Title', { exact: true }).fill(`${title} (my change)`);
    await main(page).getByRole('button', { name: 'Save changes' }).click();
    await errorSummary(page).getByText('Someone changed this idea after you opened it').waitFor();
    expect(await main(page).getByLabel('Title', { exact: true }).inputValue()).toBe(`${title} (changed in another tab)`);
    await expectNoAxeViolations(page, 'idea-edit-conflict');
  });
});
