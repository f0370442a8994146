import type { Locator, Page } from 'playwright-core';
import { baseUrl, demoPassword } from './env';

export const SERVICE_NAME = 'HealthTech Ideas Hub';

/** Opens a page of the hub and waits for the app to have drawn its heading. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, baseUrl()).toString());
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

export async function expectTitleContains(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction((wanted) => document.title.includes(wanted), text, { timeout: 5_000 });
  } catch {
    throw new Error(`Expected the page title to contain "${text}", but it is "${await page.title()}" (${page.url()}).`);
  }
}

export function main(page: Page): Locator {
  return page.getByRole('main');
}

export function errorSummary(page: Page): Locator {
  return page.locator('.nhsuk-error-summary');
}

/** The error summary's links as a user would read them: where each goes and what it says. */
export async function errorSummaryLinks(page: Page): Promise<{ href: string; text: string }[]> {
  const links = errorSummary(page).locator('ul.nhsuk-error-summary__list a');
  await links.first().waitFor();
  return links.evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })));
}

export interface Person {
  name: string;
  email: string;
  password: string;
  profession: string;
  organisation: string;
}

/** Unique per run, so the journeys never trip over an account left by another. */
export function newPerson(): Person {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `Asha Patel ${unique}`,
    email: `asha.patel.${unique}@example.nhs.uk`,
    password: 'correct horse battery staple',
    profession: 'Clinician',
    organisation: 'Leeds Teaching Hospitals NHS Trust',
  };
}

export function nameField(page: Page): Locator {
  return main(page).getByLabel(/^(full |your )?name\b/i);
}

export function emailField(page: Page): Locator {
  return main(page).getByLabel(/email/i);
}

export function passwordField(page: Page): Locator {
  // "Create a password" when registering, "Password" when signing in.
  return main(page).getByLabel(/password/i);
}

export function organisationField(page: Page): Locator {
  return main(page).getByLabel(/organisation/i);
}

export function registerButton(page: Page): Locator {
  return main(page).getByRole('button', { name: /^(continue|register|create account)$/i });
}

export function signInButton(page: Page): Locator {
  return main(page).getByRole('button', { name: /sign in/i });
}

export function signOutButton(page: Page): Locator {
  return main(page).getByRole('button', { name: /sign out/i });
}

export async function fillRegistration(page: Page, person: Person): Promise<void> {
  await nameField(page).fill(person.name);
  await emailField(page).fill(person.email);
  await passwordField(page).fill(person.password);
  await main(page).getByRole('radio', { name: person.profession, exact: true }).check();
  await organisationField(page).fill(person.organisation);
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await signInButton(page).click();
}

/**
 * Waits for the app to leave `fromPath`, and fails with what the error summary
 * says if the form was refused instead: far clearer than a navigation timeout.
 */
export async function expectToLeave(page: Page, fromPath: string): Promise<void> {
  const left = page.waitForURL((url) => url.pathname !== fromPath, { timeout: 15_000 }).then(() => 'left' as const);
  const refused = errorSummary(page)
    .waitFor({ timeout: 15_000 })
    .then(() => 'refused' as const);
  const outcome = await Promise.any([left, refused]).catch(() => 'stuck' as const);
  if (outcome === 'refused') {
    const said = (await errorSummary(page).innerText()).replace(/\s+/g, ' ').trim();
    throw new Error(`The form at ${fromPath} was refused: ${said}`);
  }
  if (outcome === 'stuck') throw new Error(`Still on ${fromPath} after submitting (${page.url()}).`);
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** The account page's summary list as the user reads it: { Name: 'Asha Patel', Roles: 'Contributor', ... }. */
export async function accountDetails(page: Page): Promise<Record<string, string>> {
  const list = main(page).locator('dl').first();
  await list.waitFor();
  return list.evaluate((dl) =>
    Object.fromEntries(
      Array.from(dl.querySelectorAll('dt')).map((dt) => [(dt.textContent ?? '').trim(), (dt.nextElementSibling?.textContent ?? '').trim()]),
    ),
  );
}

/** Signs in as one of the demo accounts (or any account with the demo password) through the sign-in page. */
export async function signInAs(page: Page, email: string, password = demoPassword()): Promise<void> {
  await visit(page, '/sign-in');
  await fillSignIn(page, email, password);
  await expectToLeave(page, '/sign-in');
}

/** Waits for the page's main heading. */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await main(page).getByRole('heading', { level: 1, name: text }).waitFor();
}
