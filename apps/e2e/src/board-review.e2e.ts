import { expectNoAxeViolations } from './support/a11y';
import { CRITERIA, scoreRadio } from './support/board';
import { useBrowsers, usePage } from './support/browser';
import { signInToApi } from './support/graphql';
import { errorSummaryLinks, expectHeading, expectTitleContains, main, SERVICE_NAME, signInAs, visit } from './support/hub';
import { createIdea, uniqueWord } from './support/ideas';

/** A freshly submitted idea, already reviewed by another member whose scores stay hidden until board1 reviews. */
async function ideaAwaitingReview(): Promise<{ id: string; title: string }> {
  const title = `Virtual wards for frail older people ${uniqueWord()}`;
  const author = await signInToApi('clinician@demo.nhs.uk');
  const id = await createIdea(author, {
    title,
    summary: 'Monitor frail older people at home instead of admitting them.',
    problem: 'Frail older people lose mobility in hospital while waiting for tests.',
    proposal: 'Offer a virtual ward with remote monitoring and daily clinical review.',
  });
  const board2 = await signInToApi('board2@demo.nhs.uk');
  await board2.request('mutation Review($input: SubmitReviewInput!) { submitReview(input: $input) { id } }', {
    input: {
      item: { kind: 'IDEA', id },
      patientOutcomes: 2,
      patientExperience: 2,
      staff: 2,
      feasibility: 2,
      evidence: 2,
      openStandards: 2,
      comment: 'Promising, but the evidence is thin.',
    },
  });
  return { id, title };
}

describe('the board reviewing ideas', () => {
  const currentPage = usePage();
  const anotherBrowser = useBrowsers();

  it('a board member reviews an idea on the rubric, seeing the others’ scores only afterwards', async () => {
    const idea = await ideaAwaitingReview();
    const page = currentPage();
    await signInAs(page, 'board1@demo.nhs.uk');

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Board', exact: true }).click();
    await expectHeading(page, 'Review queue');
    await expectTitleContains(page, `Review queue – ${SERVICE_NAME}`);
    const link = main(page).getByRole('link', { name: idea.title });
    await link.waitFor();
    await expectNoAxeViolations(page, 'board-review-queue');

    await link.click();
    await expectHeading(page, idea.title);
    await expectTitleContains(page, `Review: ${idea.title}`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await main(page).getByText('1 review so far.').waitFor();
    await main(page).getByText('You will see the other reviewers’ scores and comments after you submit your own review.').waitFor();
    expect(await main(page).getByText('Promising, but the evidence is thin.').count()).toBe(0);
    await expectNoAxeViolations(page, 'board-review-item');

    // Every criterion but the strength of evidence: the form says which one is missing.
    for (const criterion of CRITERIA.filter((name) => name !== 'Strength of evidence')) await scoreRadio(page, criterion, 4).check();
    await main(page).getByLabel('Comment').fill('Strong case for patients; needs a costed pilot.');
    await main(page).getByRole('button', { name: 'Submit your review' }).click();
    expect(await errorSummaryLinks(page)).toEqual([{ href: '#evidence-1', text: 'Score strength of evidence from 1 to 5' }]);
    await expectTitleContains(page, 'Error: Review:');
    await expectNoAxeViolations(page, 'board-review-rubric-error');

    await main(page).getByRole('link', { name: 'Score strength of evidence from 1 to 5' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence-1');
    await scoreRadio(page, 'Strength of evidence', 3).check();
    await main(page).getByRole('button', { name: 'Submit your review' }).click();

    await main(page).getByText('Your review has been saved.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reviews');
    await main(page).getByText('2 reviews so far.').waitFor();
    // board2 gave 2 everywhere; board1 gave 4, and 3 for the evidence.
    expect(await main(page).getByTestId('mean-patientOutcomes').innerText()).toBe('3.0');
    expect(await main(page).getByTestId('mean-evidence').innerText()).toBe('2.5');
    await main(page).getByText('Promising, but the evidence is thin.').waitFor();
    await main(page).getByRole('button', { name: 'Update your review' }).waitFor();
    await expectNoAxeViolations(page, 'board-review-means');
  });

  it('the chair assigns a reviewer, who is notified', async () => {
    const idea = await ideaAwaitingReview();
    const page = currentPage();
    await signInAs(page, 'chair@demo.nhs.uk');
    await visit(page, `/board/review/idea/${idea.id}`);
    await expectHeading(page, idea.title);

    await main(page).getByRole('radio', { name: 'Dr Tom Evans' }).check();
    await main(page).getByRole('button', { name: 'Assign reviewer' }).click();
    await main(page).getByText('Dr Tom Evans has been asked to review it.').waitFor();
    expect(await main(page).getByRole('radio', { name: 'Dr Tom Evans' }).count()).toBe(0);
    await main(page)
      .getByRole('listitem')
      .filter({ hasText: /^Dr Tom Evans$/ })
      .waitFor();
    await expectNoAxeViolations(page, 'board-review-assigned');

    // The member asked finds the request among their notifications.
    const member = (await anotherBrowser()).page;
    await signInAs(member, 'board3@demo.nhs.uk');
    await member
      .getByRole('banner')
      .getByRole('link', { name: /^Notifications \(\d+\)$/ })
      .click();
    await expectHeading(member, 'Notifications');
    const request = main(member).getByRole('link', { name: `You have been asked to review the idea “${idea.title}”` });
    await request.waitFor();
    await expectNoAxeViolations(member, 'notifications');

    await main(member).getByRole('button', { name: 'Mark all as read' }).click();
    await main(member).getByText('You have no unread notifications.').waitFor();
    await member.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await request.click();
    await expectHeading(member, idea.title);
  });

  it('a board member narrows the queue to reports and opens one', async () => {
    const page = currentPage();
    await signInAs(page, 'board2@demo.nhs.uk');
    await visit(page, '/board/review');
    await main(page).getByLabel('Kind').selectOption({ value: 'REPORT' });
    await main(page).getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.search === '?kind=report');
    // The demo data holds a report on sepsis guidance, acknowledged by the chair.
    const report = main(page).getByRole('link', { name: /^NICE NG51: Sepsis/ });
    await report.waitFor();
    // The unfiltered list holds the report too: wait for the filtered answer to replace it.
    await main(page).getByRole('cell', { name: 'Idea', exact: true }).first().waitFor({ state: 'detached' });
    expect(await main(page).getByRole('cell', { name: 'Idea', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'board-review-queue-reports');

    await report.click();
    await main(page).getByText('Practice gap report under review').waitFor();
    await main(page).getByRole('heading', { level: 2, name: 'What was reported' }).waitFor();
    await main(page)
      .getByRole('button', { name: /^(Submit|Update) your review$/ })
      .waitFor();
    await expectNoAxeViolations(page, 'board-review-report');
  });

  it('a member declares an interest, and a visitor reads it in the public register', async () => {
    const organisation = `Acme Remote Monitoring Ltd ${uniqueWord()}`;
    const page = currentPage();
    await signInAs(page, 'board1@demo.nhs.uk');
    await page.getByRole('contentinfo').getByRole('link', { name: 'The board' }).click();
    await expectHeading(page, 'The board');
    await main(page).getByRole('link', { name: 'Prof. Martin Okafor' }).click();
    await expectHeading(page, 'Prof. Martin Okafor');

    await main(page).getByLabel('Organisation or supplier').fill(organisation);
    await main(page).getByLabel('Nature of the interest').fill('Paid advisory role, two days a year');
    const began = main(page).getByRole('group', { name: 'When did the interest begin?' });
    await began.getByLabel('Day').fill('31');
    await began.getByLabel('Month').fill('2');
    await began.getByLabel('Year').fill('2025');
    await main(page).getByRole('button', { name: 'Add to your register' }).click();
    expect(await errorSummaryLinks(page)).toEqual([
      { href: '#interest-from-day', text: 'The date the interest began must be a real date, for example 1 4 2025' },
    ]);
    await expectNoAxeViolations(page, 'board-member-interest-error');

    await began.getByLabel('Day').fill('1');
    await began.getByLabel('Month').fill('4');
    await main(page).getByRole('button', { name: 'Add to your register' }).click();
    await main(page).getByText(`${organisation} has been added to your register of interests.`).waitFor();
    await expectNoAxeViolations(page, 'board-member-own-profile');

    // A visitor, not signed in, finds the board and reads the register.
    const visitor = (await anotherBrowser()).page;
    await visit(visitor, '/');
    await visitor.getByRole('contentinfo').getByRole('link', { name: 'The board' }).click();
    await expectHeading(visitor, 'The board');
    await main(visitor).getByRole('table', { name: 'Members of the board' }).waitFor();
    await expectNoAxeViolations(visitor, 'board-members');

    await main(visitor).getByRole('link', { name: 'Prof. Martin Okafor' }).click();
    await expectHeading(visitor, 'Prof. Martin Okafor');
    const register = main(visitor).getByRole('table', { name: 'Register of interests of Prof. Martin Okafor' });
    const row = register.getByRole('row').filter({ hasText: organisation });
    expect((await row.innerText()).replace(/\s+/g, ' ').trim()).toBe(
      `${organisation} Paid advisory role, two days a year 1 April 2025 Ongoing`,
    );
    expect(await main(visitor).getByRole('button', { name: 'Add to your register' }).count()).toBe(0);
    await expectNoAxeViolations(visitor, 'board-member-profile');
  });
});
