import { expectNoAxeViolations } from './support/a11y';
import { usePage } from './support/browser';
import {
  accountDetails,
  expectTitleContains,
  expectToLeave,
  fillRegistration,
  fillSignIn,
  newPerson,
  pathOf,
  registerButton,
  SERVICE_NAME,
  signOutButton,
  visit,
} from './support/hub';

describe('registering and signing in', () => {
  const currentPage = usePage();

  it('registers a clinician, signs out, and signs back in with the same details', async () => {
    const page = currentPage();
    const person = newPerson();

    await visit(page, '/register');
    await expectTitleContains(page, `Create an account – ${SERVICE_NAME}`);
    await expectNoAxeViolations(page, 'register');

    await fillRegistration(page, person);
    await registerButton(page).click();
    await expectToLeave(page, '/register');
    expect(pathOf(page)).toBe('/account');
    expect(await accountDetails(page)).toMatchObject({
      Name: person.name,
      'Email address': person.email,
      Profession: person.profession,
      Organisation: person.organisation,
    });
    await expectTitleContains(page, `Your account – ${SERVICE_NAME}`);
    await expectNoAxeViolations(page, 'account');

    await signOutButton(page).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

    // A fresh load asks the server: the session must really be gone, not just forgotten by the page.
    await visit(page, '/account');
    expect(pathOf(page)).toBe('/sign-in');
    await expectTitleContains(page, `Sign in – ${SERVICE_NAME}`);
    await expectNoAxeViolations(page, 'sign-in');

    await fillSignIn(page, person.email, person.password);
    await expectToLeave(page, '/sign-in');
    expect(pathOf(page)).toBe('/account');
    expect(await accountDetails(page)).toMatchObject({ Name: person.name, 'Email address': person.email });
  });
});
