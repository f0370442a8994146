import { ErrorCode } from '@ideas-hub/domain';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isDatabaseUnreachable, OutageLog } from '../database/database-outage';
import { DomainError, ServiceUnavailableError } from './errors';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Apollo's own codes for requests that are malformed: the caller's mistake, so BAD_USER_INPUT. */
const REQUEST_SHAPE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function unwrap(error: unknown): unknown {
  let current = error;
  while (current && typeof current === 'object' && 'originalError' in current && current.originalError) {
    if (current instanceof DomainError) return current;
    current = current.originalError;
  }
  return current;
}

/**
 * The single place that decides what an error looks like to a client: every
 * error leaves with one of the stable codes, and nothing unexpected (stack,
 * SQL, internals) leaves at all.
 */
export function createErrorFormatter(logger: Logger) {
  const outage = new OutageLog(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    // The database is away (stopped, restarting, unreachable): a retryable refusal, logged at most once a second.
    if (isDatabaseUnreachable(original)) {
      outage.note(original);
      const refusal = new ServiceUnavailableError();
      return { ...base, message: refusal.message, extensions: { ...refusal.extensions } };
    }

    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { ...original.extensions } };
    }
    if (original instanceof HttpException && original.getStatus() === 429) {
      return { ...base, message: 'Too many requests. Wait a minute, then try again.', extensions: { code: ErrorCode.RATE_LIMITED } };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (REQUEST_SHAPE_CODES.has(code)) {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...base, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Try again later.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
