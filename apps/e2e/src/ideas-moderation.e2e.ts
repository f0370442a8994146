import { expectNoAxeViolations } from './support/a11y';
import { useBrowsers, usePage } from './support/browser';
import { signInToApi } from './support/graphql';
import { main, signInAs, visit } from './support/hub';
import { addComment, createIdea, uniqueWord } from './support/ideas';

describe('moderating ideas', () => {
  const currentPage = usePage();
  const anotherBrowser = useBrowsers();

  it('a person flags a comment; an administrator hides it, and it disappears for everyone else', async () => {
    const word = uniqueWord();
    const author = await signInToApi('clinician@demo.nhs.uk');
    const ideaId = await createIdea(author, {
      title: `Bedside barcode scanning for blood transfusions ${word}`,
      summary: 'Scan the wristband and the blood bag before every transfusion.',
      problem: 'Wrong blood in tube errors still happen.',
      proposal: 'Every ward uses barcode scanning at the bedside.',
    });
    const spam = `Buy cheap watches today ${word}`;
    await addComment(author, ideaId, spam);

    // Someone else flags the comment.
    const page = currentPage();
    await signInAs(page, 'academic@demo.nhs.uk');
    await visit(page, `/ideas/${ideaId}`);
    const comment = main(page).locator('article.ideas-comment').filter({ hasText: spam });
    await comment.getByText('Flag this comment to an administrator').click();
    await comment.getByLabel('Why should an administrator look at this comment?').fill('Advertising, not about the idea');
    await comment.getByRole('button', { name: 'Flag' }).click();
    await comment.getByText('Thank you. An administrator will look at this comment.').waitFor();
    await expectNoAxeViolations(page, 'idea-comment-flagged');

    // An administrator finds it in the queue and hides it, with a reason.
    const adminPage = (await anotherBrowser()).page;
    await signInAs(adminPage, 'admin@demo.nhs.uk');
    await adminPage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Moderation' }).click();
    await main(adminPage).getByRole('heading', { level: 1, name: 'Moderation queue' }).waitFor();
    const item = main(adminPage).locator('.nhsuk-card').filter({ hasText: spam });
    await item.waitFor();
    expect(await item.innerText()).toContain('Advertising, not about the idea');
    await expectNoAxeViolations(adminPage, 'moderation-queue');

    await item.getByLabel('Why hide this comment?').fill('Advertising breaks the rules');
    await item.getByRole('button', { name: 'Hide this comment' }).click();
    await main(adminPage)
      .getByText(/The comment “.*” was hidden\./)
      .waitFor();
    expect(await main(adminPage).locator('.nhsuk-card').filter({ hasText: spam }).count()).toBe(0);
    await expectNoAxeViolations(adminPage, 'moderation-after-hiding');

    // Administrators still see it, marked hidden; everyone else no longer does.
    await visit(adminPage, `/ideas/${ideaId}`);
    const hidden = main(adminPage).locator('article.ideas-comment').filter({ hasText: spam });
    await hidden.locator('.nhsuk-tag', { hasText: 'Hidden' }).waitFor();
    await expectNoAxeViolations(adminPage, 'idea-admin-hidden-comment');

    await visit(page, `/ideas/${ideaId}`);
    await main(page)
      .getByRole('heading', { name: /^Comments/ })
      .waitFor();
    expect(await main(page).getByText(spam).count()).toBe(0);
  });
});
