import { expectNoAxeViolations } from './support/a11y';
import { usePage } from './support/browser';
import { demoPassword } from './support/env';
import { accountDetails, expectToLeave, fillSignIn, pathOf, visit } from './support/hub';

describe('the demo accounts', () => {
  const currentPage = usePage();

  it('signs the demo administrator in and shows the Administrator role', async () => {
    const page = currentPage();
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
