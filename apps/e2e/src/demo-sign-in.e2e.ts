import { expectNoAxeViolations } from './support/a11y';
import { openBrowser, type Browser } from './support/browser';
import { demoPassword } from './support/env';
import { accountDetails, expectToLeave, fillSignIn, pathOf, visit } from './support/hub';

describe('the demo accounts', () => {
  let browser: Browser;
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('signs the demo administrator in and shows the Administrator role', async () => {
    const { page } = browser;
    await visit(page, '/sign-in');
    await fillSignIn(page, 'admin@demo.nhs.uk', demoPassword());
    await expectToLeave(page, '/sign-in');
    expect(pathOf(page)).toBe('/account');

    expect(await accountDetails(page)).toMatchObject({
      'Email address': 'admin@demo.nhs.uk',
      Roles: expect.stringMatching(/\bAdministrator\b/),
    });
    await expectNoAxeViolations(page, 'account-administrator');
  });
});
