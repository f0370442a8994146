import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y';
import { useBrowsers, usePage } from './support/browser';
import {
  errorSummaryLinks,
  expectTitleContains,
  expectToLeave,
  fillRegistration,
  main,
  newPerson,
  pathOf,
  registerButton,
  SERVICE_NAME,
  signInAs,
  visit,
} from './support/hub';

// The whole journey, with an axe check of every page on the way, takes longer than one form.
jest.setTimeout(150_000);

// A valid NHS number (its modulus 11 check digit holds): exactly what the patient-data warning must catch.
const NHS_NUMBER = '943 476 5919';
/** Close to a seeded idea's title ("Share discharge summaries as structured FHIR documents"). */
const TITLE = 'Share discharge summaries with GPs as FHIR documents';
const SEEDED_TITLE = 'Share discharge summaries as structured FHIR documents';

async function expectHeading(page: Page, text: string | RegExp, title?: string): Promise<void> {
  await main(page).getByRole('heading', { level: 1, name: text }).waitFor();
  if (title) await expectTitleContains(page, `${title} – ${SERVICE_NAME}`);
}

async function continueFrom(page: Page): Promise<void> {
  const path = pathOf(page);
  await main(page).getByRole('button', { name: 'Continue' }).click();
  await expectToLeave(page, path);
}

/** After a refusal the old error summary stays up until the page is left, so only leaving counts. */
async function continueAfterFixing(page: Page): Promise<void> {
  const path = pathOf(page);
  await main(page).getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname !== path);
}

/** The check-your-answers list as a person reads it: { Title: '…', Summary: '…' }. */
async function answers(page: Page): Promise<Record<string, string>> {
  const list = main(page).locator('dl.nhsuk-summary-list');
  await list.waitFor();
  return list.evaluate((dl) =>
    Object.fromEntries(
      Array.from(dl.querySelectorAll('.nhsuk-summary-list__row')).map((row) => [
        (row.querySelector('dt')?.textContent ?? '').trim(),
        (row.querySelector('.nhsuk-summary-list__value')?.textContent ?? '').trim(),
      ]),
    ),
  );
}

/** Registers a new clinician and submits an idea through every question page; returns the idea's path. */
async function submitIdeaAsNewClinician(page: Page): Promise<string> {
  await visit(page, '/register');
  await fillRegistration(page, newPerson());
  await registerButton(page).click();
  await expectToLeave(page, '/register');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Ideas' }).click();
  await expectHeading(page, 'Ideas', 'Ideas');
  await main(page).locator('.ideas-results .nhsuk-card').first().waitFor();
  await expectNoAxeViolations(page, 'ideas-list');

  await main(page).getByRole('link', { name: 'Submit an idea' }).click();
  await expectHeading(page, 'Submit an idea', 'Submit an idea');
  await expectNoAxeViolations(page, 'idea-start');
  await main(page).getByRole('link', { name: 'Start now' }).click();

  // Title: refused when empty, then a near-duplicate of a seeded idea is suggested while typing.
  await expectHeading(page, 'What is the title of your idea?', 'Title of your idea – Submit an idea');
  await expectNoAxeViolations(page, 'idea-title');
  await main(page).getByRole('button', { name: 'Continue' }).click();
  expect(await errorSummaryLinks(page)).toEqual([{ href: '#title', text: 'Enter a title for your idea' }]);
  await expectTitleContains(page, 'Error: Title of your idea');
  await expectNoAxeViolations(page, 'idea-title-error');

  await main(page).getByLabel('What is the title of your idea?').fill(TITLE);
  const suggestion = main(page).locator('.ideas-similar').getByRole('link', { name: SEEDED_TITLE });
  await suggestion.waitFor();
  expect(await main(page).locator('.ideas-similar h2').innerText()).toBe('Is your idea already here?');
  await expectNoAxeViolations(page, 'idea-title-similar');
  // The first save creates the draft: its id names every page from now on.
  await main(page).getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/draft\/summary$/);
  const ideaPath = pathOf(page).replace(/\/draft\/summary$/, '');
  expect(ideaPath).toMatch(/^\/ideas\/[0-9a-f-]{36}$/);

  await expectHeading(page, 'Summarise your idea', 'Summary of your idea – Submit an idea');
  await main(page).getByLabel('Summarise your idea').fill('Send discharge summaries to GP practices as FHIR documents, not PDFs.');
  await expectNoAxeViolations(page, 'idea-summary');
  await continueFrom(page);

  // The problem: what looks like patient data is caught before it is saved.
  await expectHeading(page, 'What is the problem today?', 'The problem today – Submit an idea');
  const problem = main(page).getByLabel('What is the problem today?');
  await problem.fill(`Practices retype each letter, for example for patient ${NHS_NUMBER}, which takes hours a week.`);
  await main(page).getByRole('button', { name: 'Continue' }).click();
  const [patientData] = await errorSummaryLinks(page);
  expect(patientData).toEqual({ href: '#problem', text: expect.stringContaining('Remove what looks like an NHS number') });
  await expectNoAxeViolations(page, 'idea-problem-patient-data');
  await problem.fill('Practices retype each discharge letter by hand, which takes hours a week and causes errors.');
  await continueAfterFixing(page);

  await expectHeading(page, 'What change do you propose?', 'The change you propose – Submit an idea');
  await main(page).getByLabel('What change do you propose?').fill('Every trust sends discharge summaries as FHIR documents.');
  await expectNoAxeViolations(page, 'idea-proposal');
  await continueFrom(page);

  await expectHeading(page, 'Who would your idea benefit?', 'Who would benefit – Submit an idea');
  await main(page).getByRole('checkbox', { name: 'Patient outcomes' }).check();
  await main(page).getByRole('checkbox', { name: 'Staff time and wellbeing' }).check();
  await expectNoAxeViolations(page, 'idea-benefits');
  await continueFrom(page);

  await expectHeading(page, 'Evidence for your idea (optional)', 'Evidence for your idea – Submit an idea');
  await main(page).getByRole('button', { name: 'Add a link' }).click();
  await main(page).getByLabel('What the link is').fill('PRSB eDischarge summary standard');
  await main(page).getByLabel('Web address').fill('https://theprsb.org/standards/edischargesummary/');
  await expectNoAxeViolations(page, 'idea-evidence');
  await continueFrom(page);

  await expectHeading(page, 'Which theme does your idea fit best?', 'Theme and tags – Submit an idea');
  await main(page).getByRole('radio', { name: 'Interoperability and open standards' }).check();
  await main(page).getByLabel('Tags (optional)').fill('Discharge, FHIR');
  await expectNoAxeViolations(page, 'idea-theme');
  await continueFrom(page);

  // Check your answers, change one, come back, submit.
  await expectHeading(page, 'Check your answers before submitting your idea', 'Check your answers – Submit an idea');
  expect(await answers(page)).toEqual({
    Title: TITLE,
    Summary: 'Send discharge summaries to GP practices as FHIR documents, not PDFs.',
    'The problem today': 'Practices retype each discharge letter by hand, which takes hours a week and causes errors.',
    'The change you propose': 'Every trust sends discharge summaries as FHIR documents.',
    'Who would benefit': 'Patient outcomes\nStaff time and wellbeing',
    Evidence: 'PRSB eDischarge summary standard: https://theprsb.org/standards/edischargesummary/',
    Theme: 'Interoperability and open standards',
    Tags: 'discharge\nfhir',
  });
  await expectNoAxeViolations(page, 'idea-check-answers');
  await main(page).getByRole('link', { name: 'Change summary' }).click();
  await expectHeading(page, 'Summarise your idea');
  await main(page).getByLabel('Summarise your idea').fill('Send discharge summaries to GPs as structured FHIR documents.');
  await continueFrom(page);
  expect(pathOf(page)).toBe(`${ideaPath}/draft/check`);
  expect((await answers(page)).Summary).toBe('Send discharge summaries to GPs as structured FHIR documents.');

  await main(page).getByRole('button', { name: 'Submit idea' }).click();
  await expectHeading(page, 'Idea submitted', 'Idea submitted');
  await expectNoAxeViolations(page, 'idea-submitted');
  await main(page).getByRole('link', { name: 'View your idea' }).click();
  await expectHeading(page, TITLE, TITLE);
  expect(await main(page).innerText()).toContain('This is your idea.');
  await expectNoAxeViolations(page, 'idea-page-author');
  return ideaPath;
}

describe('ideas', () => {
  const currentPage = usePage();
  const anotherBrowser = useBrowsers();

  it('a clinician submits an idea and finds it by search; another person endorses it and comments', async () => {
    const page = currentPage();
    const ideaPath = await submitIdeaAsNewClinician(page);

    // Found by search, with the matching words highlighted, and by filter, with the filter in the address.
    await visit(page, '/ideas');
    await main(page).getByRole('searchbox', { name: 'Search ideas' }).fill('discharge summaries GPs');
    await main(page).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'discharge summaries GPs');
    // The address changes before the results do: wait for the list that answers the search.
    await main(page)
      .getByRole('heading', { name: /ideas? matching ‘discharge summaries GPs’/ })
      .waitFor();
    const found = main(page)
      .locator('.ideas-results .nhsuk-card')
      .filter({ has: page.getByRole('link', { name: TITLE }) });
    await found.waitFor();
    expect(await found.locator('mark').count()).toBeGreaterThan(0);
    expect(await found.innerText()).toContain('Interoperability and open standards');
    await expectNoAxeViolations(page, 'ideas-search-results');

    await main(page).getByLabel('Theme').selectOption({ label: 'Interoperability and open standards' });
    const filtered = page.waitForResponse((response) => response.request().postData()?.includes('query Ideas(') ?? false);
    await main(page).getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('theme') === 'interoperability');
    await filtered;
    await found.waitFor();
    const themes = await main(page)
      .locator('.ideas-results .nhsuk-card')
      .evaluateAll((cards) => cards.map((card) => /Theme: (.*)/.exec((card as HTMLElement).innerText)?.[1]?.trim()));
    expect(new Set(themes)).toEqual(new Set(['Interoperability and open standards']));
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('theme'));
    expect(await main(page).getByLabel('Theme').inputValue()).toBe('');

    // Another person endorses and comments.
    const reader = (await anotherBrowser()).page;
    await signInAs(reader, 'techexpert@demo.nhs.uk');
    await visit(reader, ideaPath);
    await expectHeading(reader, TITLE);
    const endorsements = main(reader).getByTestId('endorsements');
    expect(await endorsements.innerText()).toBe('0 endorsements');
    await expectNoAxeViolations(reader, 'idea-page-reader');
    await main(reader).getByRole('button', { name: 'Endorse this idea' }).click();
    await main(reader).getByRole('button', { name: 'Withdraw your endorsement' }).waitFor();
    expect(await endorsements.innerText()).toBe('1 endorsement');

    await main(reader).getByLabel('Add a comment').fill('We see the same in **every** practice in our PCN.');
    await main(reader).getByRole('button', { name: 'Post comment' }).click();
    const comment = main(reader).locator('article.ideas-comment').filter({ hasText: 'in our PCN' });
    await comment.waitFor();
    expect(await comment.locator('strong', { hasText: 'every' }).count()).toBe(1);
    await expectNoAxeViolations(reader, 'idea-endorsed-and-commented');

    // The author sees both, and replies.
    await visit(page, ideaPath);
    expect(await main(page).getByTestId('endorsements').innerText()).toBe('1 endorsement');
    const thread = main(page).locator('article.ideas-comment').filter({ hasText: 'in our PCN' });
    await thread.getByText('Reply to Jamie Clarke', { exact: true }).click();
    await thread.getByLabel('Your reply to Jamie Clarke').fill('Thank you: which system does your PCN use?');
    await thread.getByRole('button', { name: 'Post reply' }).click();
    await thread.locator('.ideas-comment__replies').getByText('which system does your PCN use?').waitFor();
    await expectNoAxeViolations(page, 'idea-reply');
  });
});
