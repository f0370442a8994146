import { TestHub } from '../../../test/hub';
import { HubLifecycle } from '../lifecycle/lifecycle';

describe('health checks', () => {
  const hub = TestHub.forSuite();

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

  describe('of a hub in trouble', () => {
    let troubled: TestHub;
    beforeEach(async () => (troubled = await TestHub.start()));
    afterEach(() => troubled.close());

    it('is not ready once a shutdown has begun, while still live and still answering', async () => {
      troubled.get(HubLifecycle).beginDrain();
      const client = troubled.client();
      const ready = await client.agent.get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.process.message).toBe('The hub is shutting down.');
      expect((await client.agent.get('/health/live')).status).toBe(200);
      expect(await client.ok(`{ themes { id } }`)).toHaveProperty('themes');
    });

    it('is not live once it has lost something only a restart mends, and says what', async () => {
      troubled.get(HubLifecycle).failLiveness('The embedded PostgreSQL died and did not start again.');
      const live = await troubled.client().agent.get('/health/live');
      expect(live.status).toBe(503);
      expect(live.body.error.process.message).toBe('The embedded PostgreSQL died and did not start again.');
    });
  });
});
