import { E2E_DEMO_PASSWORD, startHub, type RunningHub } from './server';

declare global {
  var __IDEAS_HUB__: RunningHub | undefined;
}

/**
 * One hub for the whole run. E2E_BASE_URL is how the journeys find it; set it
 * yourself (with DEMO_PASSWORD) to point the journeys at a hub already running.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  const hub = await startHub();
  globalThis.__IDEAS_HUB__ = hub;
  process.env.E2E_BASE_URL = hub.baseUrl;
  process.env.E2E_DEMO_PASSWORD = E2E_DEMO_PASSWORD;
}
