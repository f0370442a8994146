import { expectNoAxeViolations } from './support/a11y';
import { usePage } from './support/browser';
import { expectTitleContains, main, SERVICE_NAME, visit } from './support/hub';

const SEEDED_RECOMMENDATION = 'Adopt open standards for all new clinical systems';

describe('the home page', () => {
  const currentPage = usePage();

  it('introduces the hub and lists the latest published recommendation', async () => {
    const page = currentPage();
    await visit(page, '/');

    await expectTitleContains(page, SERVICE_NAME);
    expect((await page.getByRole('heading', { level: 1 }).first().innerText()).trim()).not.toBe('');

    const header = page.getByRole('banner');
    expect(await header.getAttribute('class')).toContain('nhsuk-header');
    expect((await header.locator('.nhsuk-header__service-name').innerText()).trim()).toBe(SERVICE_NAME);

    // The seed publishes one recommendation; the home page shows the latest as NHS.UK cards (other
    // journeys in the same run may have published newer ones, so the seeded one need not be first).
    await main(page).getByRole('heading', { name: 'Latest recommendations', level: 2 }).waitFor();
    await main(page).locator('.nhsuk-card-group .nhsuk-card').getByRole('heading', { name: SEEDED_RECOMMENDATION }).waitFor();

    await expectNoAxeViolations(page, 'home');
  });
});
