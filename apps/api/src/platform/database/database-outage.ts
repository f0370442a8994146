import { ErrorCode } from '@ideas-hub/domain';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

/** Socket errors of a connection to PostgreSQL that is refused, cut or unroutable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATE 08000-08007 (connection exceptions; not 08P01, a protocol violation, which is a bug) and
 * 57P01-57P03: the server shut down, crashed or does not accept connections yet.
 */
const SQLSTATE = /^(0800[0-7]|57P0[123])$/;

/** What pg and pg-pool say, without a code, when a connection ends under a query or none can be had in time. */
const DRIVER_MESSAGES = new RegExp(
  '^(' +
    [
      'Connection terminated',
      'timeout exceeded when trying to connect',
      'Client has encountered a connection error',
      'Client was closed and is not queryable',
    ].join('|') +
    ')',
);

/** TypeORM's refusal to go on with a query runner (a transaction) whose connection it dropped when the server went away. */
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when an error means the database could not be reached, not that a query
 * was wrong. TypeORM wraps driver errors (`driverError`), GraphQL wraps resolver
 * errors (`originalError`), and Node reports a host with several addresses as
 * an AggregateError (`errors`), so the causes are searched too.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const code = codeOf(error);
  if (code && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  const { message, name } = error as { message?: unknown; name?: unknown };
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
  if (typeof name === 'string' && RELEASED_RUNNER.has(name)) return true;
  const { driverError, originalError, cause, errors } = error as Record<string, unknown>;
  return [driverError, originalError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])].some((inner) =>
    isDatabaseUnreachable(inner, depth + 1),
  );
}

/** The code or driver message that says why: never the query or its parameters. */
function reasonOf(error: unknown, depth = 0): string {
  if (!error || typeof error !== 'object' || depth > 4) return 'unknown';
  const code = codeOf(error);
  if (code && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return code;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return message.slice(0, 80);
  const name = (error as { name?: unknown }).name;
  if (typeof name === 'string' && RELEASED_RUNNER.has(name)) return name;
  const { driverError, originalError, cause, errors } = error as Record<string, unknown>;
  const inner = [driverError, originalError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])].find((candidate) =>
    isDatabaseUnreachable(candidate, depth + 1),
  );
  return inner ? reasonOf(inner, depth + 1) : 'unknown';
}

/**
 * One log line per second at most while the database is out of reach, however
 * many requests are refused: each line counts the refusals it stands for. An
 * outage under load otherwise writes an error with a stack per request.
 */
export class OutageLog {
  private lastLineAt = -Infinity;
  private refusedSinceLine = 0;

  constructor(
    private readonly logger: Logger,
    private readonly everyMs = 1_000,
  ) {}

  note(error: unknown, now = Date.now()): void {
    this.refusedSinceLine++;
    if (now - this.lastLineAt < this.everyMs) return;
    this.logger.error(
      { reason: reasonOf(error), refused: this.refusedSinceLine },
      'the database is unreachable: requests are refused with SERVICE_UNAVAILABLE',
    );
    this.lastLineAt = now;
    this.refusedSinceLine = 0;
  }
}

/** HTTP 503 with Retry-After when a GraphQL response carries SERVICE_UNAVAILABLE, so proxies and clients can retry elsewhere or later. */
export function serviceUnavailableStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const refusal = response.body.singleResult.errors?.find((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
          if (!refusal) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(Number(refusal.extensions?.retryAfterSeconds ?? 5)));
        },
      };
    },
  };
}
