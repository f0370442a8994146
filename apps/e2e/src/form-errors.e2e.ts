import { expectNoAxeViolations } from './support/a11y';
import { usePage } from './support/browser';
import { errorSummary, errorSummaryLinks, expectTitleContains, fillSignIn, registerButton, visit } from './support/hub';

describe('forms that refuse what was entered', () => {
  const currentPage = usePage();

  it('says there is a problem when the password is wrong', async () => {
    const page = currentPage();
    await visit(page, '/sign-in');
    await fillSignIn(page, 'admin@demo.nhs.uk', 'not-the-right-password');

    const summary = errorSummary(page);
    await summary.waitFor();
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const links = await errorSummaryLinks(page);
    expect(links).toEqual([{ href: '#email', text: expect.stringMatching(/enter a correct email address and password/i) }]);
    // Keyboard and screen reader users start at the summary, and its link takes them to the field.
    expect(await summary.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expectTitleContains(page, 'Error: Sign in');
    await expectNoAxeViolations(page, 'sign-in-error');
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
  });

  it('links each missing answer on an empty registration to its field', async () => {
    const page = currentPage();
    await visit(page, '/register');
    await registerButton(page).click();

    const summary = errorSummary(page);
    await summary.waitFor();
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const links = await errorSummaryLinks(page);
    const hrefs = links.map((link) => link.href);
    expect(hrefs).toEqual(expect.arrayContaining(['#name', '#email', '#password']));
    expect(hrefs.some((href) => href.startsWith('#profession'))).toBe(true);
    for (const link of links) {
      expect(link.text).not.toBe('');
      // Each link must land on something: a link to a missing id helps nobody.
      expect({ href: link.href, targets: await page.locator(link.href).count() }).toEqual({ href: link.href, targets: 1 });
    }

    await expectNoAxeViolations(page, 'register-errors');
  });
});
