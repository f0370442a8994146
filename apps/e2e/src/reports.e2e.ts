import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y';
import { useBrowsers, usePage } from './support/browser';
import { demoPassword } from './support/env';
import {
  errorSummary,
  errorSummaryLinks,
  expectTitleContains,
  expectToLeave,
  fillSignIn,
  main,
  pathOf,
  SERVICE_NAME,
  visit,
} from './support/hub';

// A valid NHS number (its modulus 11 check digit holds): exactly what the warning must catch.
const NHS_NUMBER = '943 476 5919';

async function continueFrom(page: Page, path: string): Promise<void> {
  await main(page).getByRole('button', { name: 'Continue' }).click();
  await expectToLeave(page, path);
}

/** The page's h1, and its title (the h1 unless the page's title is more general, like "Practice gap report"). */
async function expectHeading(page: Page, text: string, title = text): Promise<void> {
  await main(page).getByRole('heading', { level: 1, name: text }).waitFor();
  await expectTitleContains(page, `${title} – ${SERVICE_NAME}`);
}

/** Files an anonymous report through every question page, and returns what the confirmation shows once. */
async function fileAnonymousReport(page: Page, guidance: string): Promise<{ receipt: string; passphrase: string }> {
  await visit(page, '/');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Report a gap' }).click();
  await expectHeading(page, 'Report where best practice is not being followed');
  await expectNoAxeViolations(page, 'report-start');

  await main(page).getByRole('button', { name: 'Start now' }).click();
  await expectHeading(page, 'How do you want to report?');
  // Reporting with a name needs an account: the page says so under the choice, before Continue.
  await main(page)
    .getByRole('radio', { name: /^Openly/ })
    .check();
  await main(page).getByText('You need to sign in to report openly').waitFor();
  await expectNoAxeViolations(page, 'report-how-needs-sign-in');
  await main(page)
    .getByRole('radio', { name: /^Anonymously/ })
    .check();
  await expectNoAxeViolations(page, 'report-how');
  await continueFrom(page, '/report/how');

  await expectHeading(page, 'Which guidance or standard is not being followed?');
  await main(page).getByLabel('Guidance or standard').fill(guidance);
  await main(page).getByLabel('Link to the guidance (optional)').fill('https://www.nice.org.uk/guidance/ng51');
  await expectNoAxeViolations(page, 'report-guidance');
  await continueFrom(page, '/report/guidance');

  await expectHeading(page, 'Where is this happening?');
  await main(page).getByLabel('NHS organisation (optional)').selectOption({ label: 'Not listed' });
  await main(page).getByLabel('Name of the organisation').fill('Northfield General Hospital (example)');
  await expectNoAxeViolations(page, 'report-where');
  await continueFrom(page, '/report/where');

  await expectHeading(page, 'What happens now?');
  const whatHappens = main(page).getByRole('textbox', { name: 'What happens now?' });
  await whatHappens.fill(`Sepsis screening is skipped on night shifts, for example for patient ${NHS_NUMBER}.`);
  await main(page).getByRole('button', { name: 'Continue' }).click();
  const links = await errorSummaryLinks(page);
  expect(links).toEqual([{ href: '#whatHappens', text: expect.stringContaining('Remove what looks like an NHS number') }]);
  await expectTitleContains(page, 'Error: What happens now?');
  await expectNoAxeViolations(page, 'report-patient-data-warning');
  await errorSummary(page).getByRole('link').click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('whatHappens');
  await whatHappens.fill('Sepsis screening is skipped on night shifts on the acute medical unit.');
  await continueFrom(page, '/report/what-happens');

  await expectHeading(page, 'What should happen?');
  await main(page)
    .getByRole('textbox', { name: 'What should happen?' })
    .fill('Every adult with a NEWS2 of 5 or more is screened within an hour.');
  await expectNoAxeViolations(page, 'report-what-should-happen');
  await continueFrom(page, '/report/what-should-happen');

  await expectHeading(page, 'What is the impact on patients or staff?');
  await main(page).getByRole('textbox', { name: 'What is the impact on patients or staff?' }).fill('Antibiotics are given hours late.');
  await expectNoAxeViolations(page, 'report-impact');
  await continueFrom(page, '/report/impact');

  await expectHeading(page, 'Do you have links to evidence?');
  await main(page).getByLabel('What it shows').fill('Ward audit of sepsis screening');
  await main(page).getByLabel('Web address').fill('https://example.org/sepsis-audit');
  await expectNoAxeViolations(page, 'report-evidence');
  await continueFrom(page, '/report/evidence');

  await expectHeading(page, 'Check your answers before sending your report');
  await expect(main(page).getByTestId('anonymous-delay').innerText()).resolves.toContain(
    'The board will see your anonymous report the day after you send it.',
  );
  await expect(main(page).locator('dl').innerText()).resolves.toContain('Ward audit of sepsis screening: https://example.org/sepsis-audit');
  await expectNoAxeViolations(page, 'report-check');
  await main(page).getByRole('button', { name: 'Send report' }).click();
  await expectToLeave(page, '/report/check');

  await expectHeading(page, 'Report sent');
  const receipt = (await main(page).getByTestId('receipt-code').innerText()).trim();
  const passphrase = (await main(page).getByTestId('passphrase').innerText()).trim();
  expect(receipt).not.toBe('');
  expect(passphrase).not.toBe('');
  await expect(main(page).getByTestId('board-sees-on').innerText()).resolves.toMatch(
    /^The board will see your report on \d{1,2} \w+ \d{4}\./,
  );
  // Shown once: never in the address bar, nor in the browser's storage.
  expect(page.url()).not.toContain(passphrase);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(passphrase);
  await expectNoAxeViolations(page, 'report-sent');
  return { receipt, passphrase };
}

async function lookUp(page: Page, receipt: string, passphrase: string): Promise<void> {
  await main(page).getByLabel('Receipt code').fill(receipt);
  await main(page).getByLabel('Passphrase').fill(passphrase);
  await main(page).getByRole('button', { name: 'Check status' }).click();
}

describe('reporting where best practice is not being followed', () => {
  const currentPage = usePage();
  const anotherBrowser = useBrowsers();

  it('files an anonymous report, reads its status with the receipt, and follows the board’s reply', async () => {
    const page = currentPage();
    const guidance = `NICE NG51 sepsis (journey ${Date.now().toString(36)})`;
    const { receipt, passphrase } = await fileAnonymousReport(page, guidance);

    await main(page).getByRole('link', { name: 'Check the status of a report' }).first().click();
    await expectHeading(page, 'Check the status of a report');
    await lookUp(page, receipt, passphrase);
    await main(page).locator('.nhsuk-tag', { hasText: 'Received' }).waitFor();
    expect(await main(page).innerText()).toContain('No messages yet.');
    await expectNoAxeViolations(page, 'report-status');

    // A board member, in a browser of their own, finds the report and replies.
    const boardPage = (await anotherBrowser()).page;
    await visit(boardPage, '/sign-in');
    await fillSignIn(boardPage, 'board1@demo.nhs.uk', demoPassword());
    await expectToLeave(boardPage, '/sign-in');
    // The header's "Board" item leads to the board's pages, the reports among them.
    await boardPage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Board', exact: true }).click();
    await boardPage.getByRole('navigation', { name: 'Board work' }).getByRole('link', { name: 'Practice gap reports' }).click();
    await expectHeading(boardPage, 'Practice gap reports');
    const newReport = main(boardPage)
      .getByRole('row', { name: new RegExp(receipt) })
      .getByRole('link', { name: guidance });
    await newReport.waitFor();
    await main(boardPage)
      .getByRole('link', { name: /^Received \(\d+\)$/ })
      .waitFor();
    await expectNoAxeViolations(boardPage, 'board-reports');

    await newReport.click();
    await expectHeading(boardPage, `Report ${receipt}`, 'Practice gap report');
    expect(await main(boardPage).innerText()).toContain('Anonymous: nobody can know who sent this report');
    await expectNoAxeViolations(boardPage, 'board-report');

    await main(boardPage).getByLabel('Reply to the reporter').fill('Thank you. Which nights of the week does this happen?');
    await main(boardPage).getByRole('button', { name: 'Send message' }).click();
    await main(boardPage).getByText('Your message has been sent.').waitFor();
    await main(boardPage).getByRole('radio', { name: 'Acknowledged' }).check();
    await main(boardPage).getByRole('button', { name: 'Change status' }).click();
    await main(boardPage).getByText('Status changed to acknowledged.').waitFor();
    await expectNoAxeViolations(boardPage, 'board-report-replied');

    // The reporter, still without an account, reads the reply with the receipt and answers it.
    await visit(page, '/report/status');
    await lookUp(page, receipt, passphrase);
    await main(page).locator('.nhsuk-tag', { hasText: 'Acknowledged' }).waitFor();
    expect(await main(page).locator('.nhsuk-card').first().innerText()).toContain('Which nights of the week does this happen?');
    await main(page).getByLabel('Answer the board').fill('Mostly Friday and Saturday nights.');
    await main(page).getByRole('button', { name: 'Send message' }).click();
    await main(page).getByText('Your message has been sent.').waitFor();
    expect(await main(page).locator('.nhsuk-card').last().innerText()).toContain('Mostly Friday and Saturday nights.');
    await expectNoAxeViolations(page, 'report-status-conversation');
    expect(pathOf(page)).toBe('/report/status');
  });

  it('lets a named reporter follow their report and answer the board from their account', async () => {
    const page = currentPage();
    await visit(page, '/sign-in');
    // The demo data holds an open report from this clinician, already answered by the board.
    await fillSignIn(page, 'clinician@demo.nhs.uk', demoPassword());
    await expectToLeave(page, '/sign-in');
    await page.getByRole('banner').getByRole('link', { name: 'Your reports' }).click();
    await expectHeading(page, 'Your reports');
    const report = main(page).getByRole('link', { name: /^NICE NG51: Sepsis/ });
    await report.waitFor();
    await expectNoAxeViolations(page, 'my-reports');

    await report.click();
    await main(page).getByText('Thank you for raising this.').waitFor();
    await expectTitleContains(page, `Your report – ${SERVICE_NAME}`);
    await main(page).getByLabel('Reply to the board').fill('The supplier’s release notes say it can be switched on per ward.');
    await main(page).getByRole('button', { name: 'Send message' }).click();
    await main(page).getByText('Your message has been sent.').waitFor();
    expect(await main(page).locator('.nhsuk-card').last().innerText()).toContain('switched on per ward');
    await expectNoAxeViolations(page, 'my-report');
  });

  it('says to check the details when a receipt code and passphrase do not match', async () => {
    const page = currentPage();
    await visit(page, '/report/status');
    await lookUp(page, 'GAP-2345-6789', 'not the right passphrase');

    expect(await errorSummaryLinks(page)).toEqual([{ href: '#receipt', text: 'Check your receipt code and passphrase' }]);
    await expectTitleContains(page, 'Error: Check the status of a report');
    await expectNoAxeViolations(page, 'report-status-error');
  });
});
