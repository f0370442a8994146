import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerOptions } from 'pino';
import type { Options } from 'pino-http';
import { safeError, safeErrorsInLogCall } from './safe-error';

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * What every logger of the hub shares, the app's and the request logger alike: errors reduced to the fields that
 * name code and schema, never data (see safe-error.ts), whatever the level.
 */
export function loggerOptions(level: string): LoggerOptions {
  return { level, serializers: { err: safeError }, hooks: { logMethod: safeErrorsInLogCall } };
}

/**
 * Structured JSON logs with a request id. Only method, path and status are
 * logged: no headers, cookies, client addresses or bodies, so that passwords,
 * session tokens and the identity of anonymous reporters never reach a log.
 */
export function httpLoggerOptions(level: string): Options {
  const base = loggerOptions(level);
  return {
    ...base,
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    serializers: {
      ...base.serializers,
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A 503 is a refusal while the database is away, logged once a second by the error formatter: its request line needs no stack.
    customErrorObject: (_req, res, _error, value: Record<string, unknown>) =>
      res.statusCode === 503 ? { res: value.res, responseTime: value.responseTime } : value,
    autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
    redact: { paths: ['*.password', '*.token', '*.cookie', '*.headers'], censor: '[redacted]' },
  };
}
