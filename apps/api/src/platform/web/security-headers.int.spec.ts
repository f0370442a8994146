import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type TestAgent from 'supertest/lib/agent';
import { TestHub } from '../../../test/hub';

/** The policy as the browser reads it: each directive's sources. */
function policyOf(header: string | undefined): Map<string, string[]> {
  if (!header) throw new Error('no Content-Security-Policy header');
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** A source that lets the page reach a host other than the hub's own. */
const OFFSITE_SOURCE = /^(\*|https?:|wss?:|data:\S|[a-z0-9.*-]+\.[a-z]{2,}|'unsafe-)/i;

describe('security headers', () => {
  let webDist: string;
  let hub: TestHub;

  beforeAll(async () => {
    // A stand-in for the built web app: the headers must hold on its pages, which the API tests do not build.
    webDist = await mkdtemp(join(tmpdir(), 'ideas-hub-web-'));
    await writeFile(join(webDist, 'index.html'), '<!DOCTYPE html><title>Ideas Hub</title>');
    hub = await TestHub.start({ webDist });
  });
  afterAll(async () => {
    await hub.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it.each([
    ['the web app’s pages', (agent: TestAgent) => agent.get('/report').set('accept', 'text/html')],
    ['the API', (agent: TestAgent) => agent.post('/graphql').send({ query: '{ me { id } }' })],
  ])('lets %s load only from the hub’s own origin', async (_what, send) => {
    const response = await send(hub.client().agent);
    expect(response.status).toBe(200);
    const policy = policyOf(response.headers['content-security-policy']);

    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    // Only data: images, which nhsuk-frontend's CSS uses for its icons: they never leave the browser.
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    const offsite = [...policy].flatMap(([name, sources]) => sources.filter((s) => OFFSITE_SOURCE.test(s)).map((s) => `${name} ${s}`));
    expect(offsite).toEqual([]);
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('sends no HSTS over plain http, where a browser would ignore it and a LAN name would be locked out of http', async () => {
    const response = await hub.client().agent.get('/health/live');
    expect(response.status).toBe(200);
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS when a trusted proxy says the request came over https', async () => {
    const response = await hub.client().agent.get('/health/live').set('x-forwarded-proto', 'https');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('ignores X-Forwarded-Proto from a client that is not a trusted proxy', async () => {
    const untrusting = await TestHub.start({ trustProxy: '192.0.2.1', webDist: null });
    try {
      const response = await untrusting.client().agent.get('/health/live').set('x-forwarded-proto', 'https');
      expect(response.status).toBe(200);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await untrusting.close();
    }
  });
});
