/** Where the hub under test is, as global-setup left it. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the journeys through apps/e2e/jest.config.js.');
  return url;
}

/** The demo accounts' password: the one global-setup gave the hub, or the caller's. */
export function demoPassword(): string {
  const password = process.env.E2E_DEMO_PASSWORD ?? process.env.DEMO_PASSWORD;
  if (!password) throw new Error('Set DEMO_PASSWORD to the demo password of the hub at E2E_BASE_URL.');
  return password;
}
