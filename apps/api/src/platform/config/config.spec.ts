import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to port 3000, an embedded database and demo data', () => {
    const config = loadConfig({}, '/srv/hub');
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: '/srv/hub/.data', seedDemoData: true });
  });

  it('explains a bad port in a sentence', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError("PORT must be a whole number from 0 to 65535 (it is 'eighty')."));
  });

  it('refuses a database URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/hub' })).toThrow(/must start with postgres:\/\//);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/must be a URL/);
  });

  it('uses Redis only when REDIS_URL is set, and checks its form', () => {
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must be a URL/);
  });

  it('refuses a demo password shorter than the password rule', () => {
    expect(() => loadConfig({ DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD must be at least/);
  });

  it('reads yes/no flags', () => {
    expect(loadConfig({ SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    expect(() => loadConfig({ SEED_DEMO_DATA: 'maybe' })).toThrow(/true or false/);
  });

  it('runs migrations at start unless MIGRATIONS_RUN is false', () => {
    expect(loadConfig({}).migrationsRun).toBe(true);
    expect(loadConfig({ MIGRATIONS_RUN: 'false' }).migrationsRun).toBe(false);
    expect(() => loadConfig({ MIGRATIONS_RUN: 'later' })).toThrow(/MIGRATIONS_RUN must be true or false/);
  });

  it('releases held anonymous reports early only in test runs', () => {
    expect(loadConfig({}).anonymousReleaseEarly).toBe(false);
    expect(loadConfig({ ANONYMOUS_RELEASE_EARLY: 'true', NODE_ENV: 'test' }).anonymousReleaseEarly).toBe(true);
    expect(() => loadConfig({ ANONYMOUS_RELEASE_EARLY: 'true', NODE_ENV: 'production' })).toThrow(/for test runs only/);
    expect(() => loadConfig({ ANONYMOUS_RELEASE_EARLY: 'true' })).toThrow(/for test runs only/);
  });
});
