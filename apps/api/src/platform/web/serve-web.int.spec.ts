import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestHub } from '../../../test/hub';

const INDEX = '<!DOCTYPE html><title>Ideas Hub</title>';

describe('serving the web app', () => {
  let webDist: string;
  let hub: TestHub;

  beforeAll(async () => {
    // A stand-in for the built web app, which the API tests do not build.
    webDist = await mkdtemp(join(tmpdir(), 'ideas-hub-web-'));
    await writeFile(join(webDist, 'index.html'), INDEX);
    await writeFile(join(webDist, 'app.js'), 'console.log("hub");');
    hub = await TestHub.start({ webDist });
  });
  afterAll(async () => {
    await hub.close();
    await rm(webDist, { recursive: true, force: true });
  });

  const page = (path: string) => hub.client().agent.get(path).set('accept', 'text/html');

  it.each(['/', '/ideas', '/ideas/i1', '/board/review/report/r1'])('answers %s, a page of the app, with 200', async (path) => {
    const response = await page(path);
    expect([response.status, response.text]).toEqual([200, INDEX]);
  });

  it.each(['/no-such-page', '/ideas/i1/nothing', '/board/review/vote/v1'])(
    'answers %s with 404, and the app, which shows its not-found page',
    async (path) => {
      const response = await page(path);
      expect([response.status, response.headers['content-type'], response.text]).toEqual([404, 'text/html; charset=utf-8', INDEX]);
    },
  );

  it('still serves the app’s files', async () => {
    const response = await hub.client().agent.get('/app.js');
    expect([response.status, response.text]).toEqual([200, 'console.log("hub");']);
  });
});
