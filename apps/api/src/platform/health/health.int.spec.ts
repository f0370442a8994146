import { TestHub } from '../../../test/hub';

describe('health checks', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await TestHub.start()));
  afterAll(() => hub.close());

  it('reports live, and ready with the database up', async () => {
    const client = hub.client();
    expect((await client.agent.get('/health/live')).status).toBe(200);
    const ready = await client.agent.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.database.status).toBe('up');
  });

  it('sends security headers', async () => {
    const response = await hub.client().agent.get('/health/live');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});
