import { LIMITS } from '@ideas-hub/domain';
import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** External PostgreSQL; when absent an embedded one runs from `dataDir`. */
  databaseUrl: string | null;
  /** Redis for state shared between instances (rate-limit counters); in memory when absent. */
  redisUrl: string | null;
  dataDir: string;
  demoPassword: string | null;
  seedDemoData: boolean;
  /** Apply pending migrations at start; when false, a pending migration stops the hub with what to run. */
  migrationsRun: boolean;
  logLevel: string;
  production: boolean;
  /** Sign-in and registration attempts allowed per client address per minute. */
  authRateLimit: number;
  /** Which proxies' X-Forwarded-* headers to believe (Express `trust proxy`): decides whether a request came over TLS. */
  trustProxy: string;
  /** Where the built web app lives; null serves the API alone. */
  webDist: string | null;
  /**
   * Browser journeys only (NODE_ENV=test): release held anonymous reports within a second, as if their day had
   * ended, so that the board can be shown them. Refused in any other environment.
   */
  anonymousReleaseEarly: boolean;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (it is '${raw}').`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (it is '${raw}').`);
}

function databaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.DATABASE_URL;
  if (!raw) return null;
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    throw new ConfigError('DATABASE_URL must be a URL like postgres://user:password@host:5432/ideas_hub.');
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (it starts with ${protocol}//).`);
  }
  return raw;
}

function redisUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.REDIS_URL;
  if (!raw) return null;
  if (!/^rediss?:\/\/\S+$/.test(raw)) throw new ConfigError('REDIS_URL must be a URL like redis://localhost:6379.');
  return raw;
}

/** Reads and checks the environment once at start, so a bad setting fails with a sentence rather than later with a stack. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, workspaceRoot = process.cwd()): AppConfig {
  const demoPassword = env.DEMO_PASSWORD || null;
  if (demoPassword !== null && demoPassword.length < LIMITS.passwordMin) {
    throw new ConfigError(`DEMO_PASSWORD must be at least ${LIMITS.passwordMin} characters long.`);
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (it is '${logLevel}').`);
  }
  const anonymousReleaseEarly = flag(env, 'ANONYMOUS_RELEASE_EARLY', false);
  if (anonymousReleaseEarly && env.NODE_ENV !== 'test') {
    throw new ConfigError('ANONYMOUS_RELEASE_EARLY is for test runs only: it would let the board date anonymous reports. Unset it.');
  }
  return {
    port: wholeNumber(env, 'PORT', 3000, 0, 65535),
    databaseUrl: databaseUrl(env),
    redisUrl: redisUrl(env),
    dataDir: resolve(workspaceRoot, env.DATA_DIR || '.data'),
    demoPassword,
    seedDemoData: flag(env, 'SEED_DEMO_DATA', true),
    migrationsRun: flag(env, 'MIGRATIONS_RUN', true),
    logLevel,
    production: env.NODE_ENV === 'production',
    authRateLimit: wholeNumber(env, 'AUTH_RATE_LIMIT', 20, 1, 100000),
    trustProxy: env.TRUST_PROXY || 'loopback',
    webDist: env.WEB_DIST === '' ? null : resolve(workspaceRoot, env.WEB_DIST || 'dist/web'),
    anonymousReleaseEarly,
  };
}
