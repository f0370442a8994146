import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y';
import { useBrowsers } from './support/browser';
import { baseUrl } from './support/env';
import { signInToApi, type ApiSession } from './support/graphql';
import { expectToLeave, main, signInAs, visit } from './support/hub';
import { createIdea, uniqueWord } from './support/ideas';

/**
 * Every page of the web app, for every kind of visitor, must load all it needs from the hub itself:
 * a font, icon or image fetched from anywhere else tells that host who opened the report form, and when.
 * The pages below are every route of apps/web/src/router.ts and the domains' routes.ts.
 */

interface Watch {
  /** Requests to any origin but the hub's, as "resource type URL". */
  offsite: string[];
  /** What the Content Security Policy refused, from the console and from securitypolicyviolation events. */
  refused: string[];
  /** Every page visited, as its path. */
  pages: string[];
}

const CSP_CONSOLE = /Refused to|Content Security Policy|CSP violation/i;

async function watch(context: BrowserContext): Promise<Watch> {
  const hub = new URL(baseUrl()).origin;
  const seen: Watch = { offsite: [], refused: [], pages: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the browser.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== hub) seen.offsite.push(`${request.resourceType()} ${request.url()}`);
  });
  context.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) seen.refused.push(message.text());
  });
  // Chromium reports every violation as an event, even one it only logs (report-only, or blocked before any request).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  return seen;
}

/** Opens a page, waits for its fonts (loaded or failed) so that their requests are seen, and counts it. */
async function see(page: Page, seen: Watch, path: string, axeName?: string): Promise<void> {
  await visit(page, path);
  await arrived(page, seen, axeName);
}

/** Counts the page the browser is on, once its fonts have loaded or failed (their requests are then seen). */
async function arrived(page: Page, seen: Watch, axeName?: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  seen.pages.push(new URL(page.url()).pathname + new URL(page.url()).search);
  if (axeName) await expectNoAxeViolations(page, axeName);
}

/** Each line once, with how many times it was seen: a font asked for on every page is one line. */
function tally(lines: string[]): Record<string, number> {
  return lines.reduce<Record<string, number>>((counts, line) => ({ ...counts, [line]: (counts[line] ?? 0) + 1 }), {});
}

function expectOwnOriginOnly(seen: Watch, minimumPages: number): void {
  expect({ offsite: tally(seen.offsite), refused: tally(seen.refused) }).toEqual({ offsite: {}, refused: {} });
  expect(seen.pages.length).toBeGreaterThanOrEqual(minimumPages);
}

async function continueFrom(page: Page, seen: Watch): Promise<void> {
  const path = new URL(page.url()).pathname;
  await main(page).getByRole('button', { name: 'Continue' }).click();
  await expectToLeave(page, path);
  await main(page).getByRole('heading', { level: 1 }).waitFor();
  await arrived(page, seen);
}

/** An anonymous report through every question page to its receipt, answering only what is required. */
async function reportAnonymously(page: Page, seen: Watch): Promise<void> {
  await see(page, seen, '/report');
  await main(page).getByRole('button', { name: 'Start now' }).click();
  await main(page).getByRole('heading', { level: 1, name: 'How do you want to report?' }).waitFor();
  // The question page as a reporter sees it, without the NHS.UK webfont.
  await arrived(page, seen, 'same-origin-report-how');
  await main(page)
    .getByRole('radio', { name: /^Anonymously/ })
    .check();
  await continueFrom(page, seen);
  await main(page).getByLabel('Guidance or standard').fill(`NICE NG51 sepsis (${uniqueWord()})`);
  await continueFrom(page, seen);
  await continueFrom(page, seen); // where: optional
  for (const question of ['What happens now?', 'What should happen?', 'What is the impact on patients or staff?']) {
    await main(page).getByRole('textbox', { name: question }).fill('Sepsis screening is skipped on night shifts.');
    await continueFrom(page, seen);
  }
  await continueFrom(page, seen); // evidence: optional
  await main(page).getByRole('button', { name: 'Send report' }).click();
  await expectToLeave(page, '/report/check');
  await main(page).getByRole('heading', { level: 1, name: 'Report sent' }).waitFor();
  await arrived(page, seen);
}

const DRAFT_STEPS = ['title', 'summary', 'problem', 'proposal', 'benefits', 'evidence', 'theme'];

const IDEA_TEXT = {
  summary: 'A shared template for discharge letters.',
  problem: 'Discharge letters differ by ward.',
  proposal: 'One template in every ward.',
};

/** The first id in the answer to `query`. */
async function firstId(api: ApiSession, query: string): Promise<string> {
  const match = /"id":"([^"]+)"/.exec(JSON.stringify(await api.request(query)));
  if (!match) throw new Error(`The demo data has nothing for ${query}`);
  return match[1];
}

/** A draft recommendation with two revisions, so that the board's draft, edit and compare pages have one to show. */
async function draftRecommendation(chair: ApiSession, ideaId: string): Promise<string> {
  const { themes } = await chair.request<{ themes: { id: string }[] }>('{ themes { id } }');
  const input = {
    title: `Share discharge templates (${uniqueWord()})`,
    summary: 'Every trust uses one discharge template.',
    rationale: 'Letters are easier to read when they look the same.',
    audience: 'Trust chief clinical information officers',
    actions: [{ action: 'Adopt the template', owner: 'Trusts' }],
    organisations: [],
    evidence: [],
    ideaIds: [ideaId],
    reportIds: [],
    themeId: themes[0].id,
  };
  const { draftRecommendation: draft } = await chair.request<{ draftRecommendation: { id: string; version: number } }>(
    'mutation ($input: RecommendationInput!) { draftRecommendation(input: $input) { id version } }',
    { input },
  );
  await chair.request(
    `mutation ($id: ID!, $expectedVersion: Int!, $input: RecommendationInput!) {
      reviseRecommendation(id: $id, expectedVersion: $expectedVersion, input: $input) { id }
    }`,
    { id: draft.id, expectedVersion: draft.version, input: { ...input, summary: `${input.summary} Revised.` } },
  );
  return draft.id;
}

describe('every page loads from the hub’s own origin only', () => {
  const newBrowser = useBrowsers();

  async function freshBrowser(): Promise<{ page: Page; seen: Watch }> {
    const { page, context } = await newBrowser();
    return { page, seen: await watch(context) };
  }

  it('refuses inline scripts and styles and images from elsewhere, and this journey sees each refusal', async () => {
    const { page, seen } = await freshBrowser();
    await see(page, seen, '/');
    const ran = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: red; }';
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      const image = document.createElement('img');
      image.src = 'https://example.org/tracker.png';
      document.body.append(style, script, image);
      return 'inlineScriptRan' in window;
    });
    expect(ran).toBe(false);
    const deadline = Date.now() + 5_000;
    while (seen.refused.filter((text) => text.startsWith('CSP violation')).length < 3 && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    const violations = seen.refused.filter((text) => text.startsWith('CSP violation')).sort();
    expect(violations).toEqual([
      'CSP violation: img-src blocked https://example.org/tracker.png on /',
      'CSP violation: script-src-elem blocked inline on /',
      'CSP violation: style-src-elem blocked inline on /',
    ]);
  });

  it('for a visitor: the public pages, sign-in, and an anonymous report to its receipt', async () => {
    const { page, seen } = await freshBrowser();
    const reader = await signInToApi('clinician@demo.nhs.uk');
    const ideaId = await firstId(reader, '{ ideas(first: 1) { edges { node { id } } } }');
    const recommendationId = await firstId(reader, '{ recommendations(first: 1) { edges { node { id } } } }');
    const memberId = await firstId(reader, '{ boardMembers { id } }');

    await see(page, seen, '/', 'same-origin-home');
    const publicPages = ['/sign-in', '/register', '/ideas', '/ideas/new', `/ideas/${ideaId}`, '/recommendations'];
    for (const path of [...publicPages, `/recommendations/${recommendationId}`, '/board/members', `/board/members/${memberId}`]) {
      await see(page, seen, path);
    }
    await see(page, seen, '/about', 'about');
    await see(page, seen, '/accessibility-statement', 'accessibility-statement');
    await see(page, seen, '/privacy', 'privacy');
    await see(page, seen, '/no-such-page', 'not-found');
    await reportAnonymously(page, seen);
    await see(page, seen, '/report/status');

    expectOwnOriginOnly(seen, 25);
  }, 120_000);

  it('for a contributor: their account, drafts at every step, ideas, reports and notifications', async () => {
    const { page, seen } = await freshBrowser();
    const api = await signInToApi('clinician@demo.nhs.uk');
    const draftId = await createIdea(api, { title: `Discharge template draft ${uniqueWord()}`, ...IDEA_TEXT }, false);
    const submittedId = await createIdea(api, { title: `Discharge template ${uniqueWord()}`, ...IDEA_TEXT });
    const reportId = await firstId(api, '{ myReports { id } }');

    await signInAs(page, 'clinician@demo.nhs.uk');
    await arrived(page, seen);
    for (const path of ['/account', '/ideas/new/title', ...DRAFT_STEPS.map((step) => `/ideas/${draftId}/draft/${step}`)]) {
      await see(page, seen, path);
    }
    await see(page, seen, `/ideas/${draftId}/draft/check`);
    for (const path of [`/ideas/${submittedId}/submitted`, `/ideas/${submittedId}/edit`, `/ideas/${submittedId}`, '/my-ideas']) {
      await see(page, seen, path);
    }
    for (const path of ['/my-reports', `/my-reports/${reportId}`, '/notifications']) await see(page, seen, path);

    expectOwnOriginOnly(seen, 18);
  }, 120_000);

  it('for the chair: the review queue, reports, and draft recommendations', async () => {
    const { page, seen } = await freshBrowser();
    const contributor = await signInToApi('techexpert@demo.nhs.uk');
    const ideaId = await createIdea(contributor, { title: `Ward template ${uniqueWord()}`, ...IDEA_TEXT });
    const chair = await signInToApi('chair@demo.nhs.uk');
    const reportId = await firstId(chair, '{ reviewQueue(kind: REPORT) { items { id } } }');
    const draftId = await draftRecommendation(chair, ideaId);

    await signInAs(page, 'chair@demo.nhs.uk');
    await arrived(page, seen);
    const reviewPages = ['/board/review', `/board/review/idea/${ideaId}`, `/board/review/report/${reportId}`];
    const reportPages = ['/board/reports', `/board/reports/${reportId}`];
    const draft = `/board/recommendations/${draftId}`;
    const draftPages = ['/board/recommendations', '/board/recommendations/new', draft, `${draft}/edit`, `${draft}/compare?from=1&to=2`];
    for (const path of [...reviewPages, ...reportPages, ...draftPages]) await see(page, seen, path);

    expectOwnOriginOnly(seen, 11);
  }, 120_000);

  it('for an administrator: the moderation queue', async () => {
    const { page, seen } = await freshBrowser();
    await signInAs(page, 'admin@demo.nhs.uk');
    await arrived(page, seen);
    await see(page, seen, '/admin/moderation');
    await see(page, seen, '/account');

    expectOwnOriginOnly(seen, 3);
  });
});
