import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD, TestHub } from '../../../test/hub';

describe('request logs', () => {
  const hub = TestHub.forSuite({}, { captureLogs: true });

  it('are JSON lines with a request id, and hold no password, email, cookie, address or user agent', async () => {
    const client = hub.client();
    const email = `${randomUUID()}@example.nhs.uk`;
    const registered = await client.agent
      .post('/graphql')
      .set('user-agent', 'UniqueAgent/1.0')
      .set('x-request-id', 'trace-me-123')
      .send({
        query: `mutation ($input: RegisterInput!) { register(input: $input) { id } }`,
        variables: { input: { name: 'Logged Person', email, password: TEST_PASSWORD, profession: 'CLINICIAN' } },
      });
    const token = String(registered.headers['set-cookie']).match(/ideas_hub_session=([^;]+)/)![1];
    await client.gql(`{ me { id } }`);

    const lines = hub.logLines.map((line) => JSON.parse(line));
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed.map((line) => line.req.id)).toContain('trace-me-123');
    expect(completed.every((line) => typeof line.req.id === 'string' && line.res.statusCode === 200)).toBe(true);

    const everything = hub.logLines.join('\n');
    for (const secret of [TEST_PASSWORD, email, token, 'UniqueAgent', '127.0.0.1', 'Logged Person']) {
      expect(everything).not.toContain(secret);
    }
  });
});
