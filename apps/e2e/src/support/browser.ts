import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded one. The background-networking flags
 * stop it reaching for the internet, which is closed on these machines.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh profile per call: no cookie or storage carries from one journey to the next. */
async function openBrowser(): Promise<Browser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'ideas-hub-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens browsers as a test needs them (a second member, a visitor), each with a profile of its own,
 * and closes them all after the test.
 */
export function useBrowsers(): () => Promise<Browser> {
  const opened: Browser[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((browser) => browser.close()));
  });
  return async () => {
    const browser = await openBrowser();
    opened.push(browser);
    return browser;
  };
}

/**
 * A fresh browser for each test of the calling `describe`, closed after it.
 * Returns the page of the test that is running.
 */
export function usePage(): () => Page {
  let browser: Browser | undefined;
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  return () => {
    if (!browser) throw new Error('usePage() gives a page only inside a test');
    return browser.page;
  };
}
