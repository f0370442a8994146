import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y';
import { CRITERIA, scoreRadio } from './support/board';
import { useBrowsers, usePage } from './support/browser';
import { errorSummaryLinks, expectHeading, expectTitleContains, main, SERVICE_NAME, signInAs, visit } from './support/hub';
import { uniqueWord } from './support/ideas';

/** A seeded idea, submitted by Jamie Clarke (techexpert@demo.nhs.uk), that no other journey changes. */
const SEEDED_IDEA = 'Multi-factor authentication on every clinical system';

/** The rows of a table as a reader sees them. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = main(page).getByRole('table', { name: caption });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())));
}

/** The day of the month tomorrow in the UK, as the vote form's closing date starts. */
function tomorrowInUk(): string {
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'Europe/London' }).format(tomorrow);
}

describe('the board’s recommendation, from draft to publication', () => {
  const currentPage = usePage();
  const anotherBrowser = useBrowsers();

  /** A board member in their own browser, on the recommendation's board page. */
  async function memberOnRecommendation(email: string, path: string, title: string): Promise<Page> {
    const { page } = await anotherBrowser();
    await signInAs(page, email);
    await visit(page, path);
    await expectHeading(page, title);
    return page;
  }

  it('the chair drafts from an idea, opens a vote; members vote, one recused; the chair publishes; anyone reads the record', async () => {
    const word = uniqueWord();
    const title = `Phishing-resistant sign-in for clinical systems ${word}`;
    // A board member reviews the idea on the rubric first, in their own browser.
    const reviewer = await memberOnRecommendation('board1@demo.nhs.uk', '/board/review', 'Review queue');
    await main(reviewer).getByRole('link', { name: SEEDED_IDEA }).click();
    await expectHeading(reviewer, SEEDED_IDEA);
    for (const criterion of CRITERIA) await scoreRadio(reviewer, criterion, 4).check();
    await main(reviewer).getByLabel('Comment').fill('Strong case: phishing is the commonest way in.');
    await main(reviewer)
      .getByRole('button', { name: /^(Submit|Update) your review$/ })
      .click();
    await main(reviewer).getByText('Your review has been saved.').waitFor();
    await expectNoAxeViolations(reviewer, 'board-recommendation-review');

    const chair = currentPage();
    await signInAs(chair, 'chair@demo.nhs.uk');

    // From the seeded idea's page in the review queue.
    await chair.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Board', exact: true }).click();
    await expectHeading(chair, 'Review queue');
    await main(chair).getByRole('link', { name: SEEDED_IDEA }).click();
    await expectHeading(chair, SEEDED_IDEA);
    await main(chair).getByRole('link', { name: 'Draft a recommendation from this idea' }).click();
    await expectHeading(chair, 'Draft a recommendation');
    await expectTitleContains(chair, `Draft a recommendation – ${SERVICE_NAME}`);
    expect(await chair.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await main(chair).getByRole('checkbox', { name: SEEDED_IDEA }).isChecked()).toBe(true);

    // Nothing else filled in: every problem is named, and linked to its field.
    await main(chair).getByRole('button', { name: 'Save draft' }).click();
    expect((await errorSummaryLinks(chair)).map((link) => link.href)).toEqual([
      '#title',
      '#summary',
      '#rationale',
      '#actions-0-action',
      '#audience',
      expect.stringMatching(/^#theme-/),
    ]);
    await expectTitleContains(chair, 'Error: Draft a recommendation');
    await expectNoAxeViolations(chair, 'board-recommendation-form-errors');

    await main(chair).getByLabel('Title', { exact: true }).fill(title);
    await main(chair)
      .getByLabel('Summary', { exact: true })
      .fill('Every clinical system should require phishing-resistant multi-factor sign-in.');
    await main(chair)
      .getByLabel('Rationale', { exact: true })
      .fill('A single phished password can expose patient records.\nSmartcards and passkeys stop most account takeovers.');
    await main(chair)
      .getByLabel('What should change')
      .fill('Require phishing-resistant multi-factor authentication in every clinical system contract');
    await main(chair).getByLabel('Who should act').fill('NHS England commercial teams');
    await main(chair).getByLabel('Audience', { exact: true }).fill('Chief information officers and procurement leads');
    await main(chair).getByRole('radio', { name: 'Cyber security and privacy' }).check();
    await main(chair).getByRole('button', { name: 'Add an organisation' }).click();
    await main(chair).getByLabel('Organisation 1').fill('NHS England');
    // Another idea can be found by a search; the one it came from stays ticked.
    await main(chair).getByRole('searchbox', { name: 'Search ideas' }).fill('passkey');
    await main(chair).getByRole('button', { name: 'Search ideas' }).click();
    await main(chair).getByText('No other ideas match ‘passkey’.').waitFor();
    expect(await main(chair).getByRole('checkbox', { name: SEEDED_IDEA }).isChecked()).toBe(true);
    await expectNoAxeViolations(chair, 'board-recommendation-form');
    await main(chair).getByRole('button', { name: 'Save draft' }).click();
    await expectHeading(chair, title);
    const path = new URL(chair.url()).pathname;
    expect(path).toMatch(/^\/board\/recommendations\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(chair, 'board-recommendation-draft');

    // Listed among the drafts.
    await chair.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Draft recommendations' }).first().click();
    await expectHeading(chair, 'Draft recommendations');
    expect(await tableRows(chair, 'Drafts, most recently changed first')).toContainEqual([
      title,
      'Cyber security and privacy',
      '1',
      '1 idea',
    ]);
    await expectNoAxeViolations(chair, 'board-recommendations-drafts-listed');
    await main(chair).getByRole('link', { name: title }).click();
    await expectHeading(chair, title);

    // A second revision, and what changed in it.
    await main(chair).getByRole('link', { name: 'Edit this draft' }).click();
    await expectHeading(chair, 'Edit the draft recommendation');
    await main(chair)
      .getByLabel('Summary', { exact: true })
      .fill('Every clinical system should require phishing-resistant multi-factor sign-in within two years.');
    await main(chair).getByRole('button', { name: 'Save changes' }).click();
    await expectHeading(chair, title);
    await main(chair).getByRole('link', { name: 'Compare with revision 1' }).click();
    await expectHeading(chair, 'Compare revisions');
    await main(chair).locator('ins').first().waitFor();
    // What is seen, without the words that tell screen reader users where an insertion starts and ends.
    const inserted = await main(chair)
      .locator('ins')
      .evaluateAll((elements) =>
        elements.map((ins) =>
          Array.from(ins.childNodes)
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join(''),
        ),
      );
    expect(inserted).toEqual([' within two years']);
    await expectNoAxeViolations(chair, 'board-recommendation-compare');
    await main(chair).getByRole('link', { name: 'Back to the recommendation' }).click();
    await expectHeading(chair, title);

    // The vote: closing tomorrow, quorum 50%.
    const vote = main(chair).getByRole('form', { name: 'Open a vote' });
    expect(await vote.getByLabel('Day').inputValue()).toBe(tomorrowInUk());
    await vote.getByLabel('Closing time').fill('17:00');
    await vote.getByLabel('Quorum, as a percentage').fill('50');
    await vote.getByRole('button', { name: 'Open the vote' }).click();
    await main(chair).getByText('The board is voting on revision 2.').waitFor();
    await main(chair).getByText('0 of the 4 eligible members have voted. The quorum is 50% of the eligible members.').waitFor();
    await expectNoAxeViolations(chair, 'board-recommendation-vote-open');

    // board3 declares a conflict first, and so cannot vote.
    const board3 = await memberOnRecommendation('board3@demo.nhs.uk', path, title);
    await main(board3).locator('summary', { hasText: 'Declare a conflict of interest' }).click();
    await main(board3).getByLabel('Reason').fill('I advise a supplier of smartcard readers');
    await main(board3).getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await main(board3).getByText('Your conflict of interest has been recorded').waitFor();
    await main(board3).getByText('You cannot vote on this recommendation because you are recused.').waitFor();
    await main(board3).getByText('“I advise a supplier of smartcard readers”').waitFor();
    expect(await main(board3).getByRole('radio', { name: 'For' }).count()).toBe(0);
    await expectNoAxeViolations(board3, 'board-recommendation-recused');

    // board1 sees the running count only once they have voted.
    const board1 = await memberOnRecommendation('board1@demo.nhs.uk', path, title);
    await main(board1).getByText('You will see the running count once you have voted.').waitFor();
    await expectNoAxeViolations(board1, 'board-recommendation-vote-form');
    await main(board1).getByRole('radio', { name: 'For' }).check();
    await main(board1).getByRole('button', { name: 'Cast your vote' }).click();
    await main(board1).getByText('Your vote has been recorded: For.').waitFor();
    await main(board1).getByRole('heading', { name: 'Running count' }).waitFor();
    expect(
      await main(board1)
        .getByText(/^For: \d+$/)
        .innerText(),
    ).toBe('For: 1');
    await main(board1).getByRole('button', { name: 'Change your vote' }).waitFor();
    await expectNoAxeViolations(board1, 'board-recommendation-voted');

    const board2 = await memberOnRecommendation('board2@demo.nhs.uk', path, title);
    await main(board2).getByRole('radio', { name: 'Abstain' }).check();
    await main(board2).getByRole('button', { name: 'Cast your vote' }).click();
    await main(board2).getByRole('heading', { name: 'Running count' }).waitFor();

    // The chair closes the vote and publishes.
    await chair.reload();
    await expectHeading(chair, title);
    await main(chair).getByText('2 of the 3 eligible members have voted.', { exact: false }).waitFor();
    await main(chair).getByRole('button', { name: 'Close the vote' }).click();
    await main(chair).getByText('Revision 2: Passed').waitFor();
    await main(chair).getByRole('button', { name: 'Publish', exact: true }).click();
    await main(chair).getByRole('link', { name: 'See the published page' }).waitFor();
    await main(chair).getByRole('radio', { name: 'Accepted' }).check();
    await main(chair).getByLabel('Note').fill('NHS England will add the requirement to its contract templates.');
    await main(chair).getByRole('button', { name: 'Record progress' }).click();
    await main(chair).getByText('NHS England will add the requirement to its contract templates.').waitFor();
    await expectNoAxeViolations(chair, 'board-recommendation-published');

    // A visitor who is not signed in finds it and reads the vote record.
    const visitor = (await anotherBrowser()).page;
    await visit(visitor, '/');
    await visitor.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Recommendations' }).click();
    await expectHeading(visitor, 'Recommendations');
    await main(visitor).getByRole('searchbox', { name: 'Search recommendations' }).fill(word);
    await main(visitor).getByRole('button', { name: 'Search', exact: true }).click();
    await main(visitor).getByText(`1 recommendation matching ‘${word}’`).waitFor();
    await expectNoAxeViolations(visitor, 'recommendations-search');

    await main(visitor).getByRole('link', { name: title }).click();
    await expectHeading(visitor, title);
    await expectTitleContains(visitor, `${title} – ${SERVICE_NAME}`);
    await main(visitor).getByText('(revision 2)').waitFor();
    await main(visitor).getByText(`${SEEDED_IDEA}, an idea by Jamie Clarke, Technology expert`).waitFor();
    expect(await tableRows(visitor, 'How each member voted')).toEqual([
      ['Dr Tom Evans', 'Recused (declared a conflict of interest)'],
      ['Prof. Martin Okafor', 'For'],
      ['Sarah Lindqvist', 'Abstained'],
    ]);
    await main(visitor).getByText('50% of the 3 members eligible to vote').waitFor();
    await main(visitor).getByRole('link', { name: 'Sign in to follow this recommendation' }).waitFor();
    await expectNoAxeViolations(visitor, 'recommendation-published');
  }, 180_000);
});
