import { ArgumentsHost, Catch, IntrinsicException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { isDatabaseUnreachable } from './database-outage';

/**
 * Nest logs every error a resolver or guard throws, stack and all (as "ExceptionsHandler"): during a
 * database outage that is a line per request. An unreachable database is handed back to GraphQL as
 * the field's error instead, for the error formatter to log at most once a second; every other
 * error takes the path Nest gives it without a filter.
 */
@Catch()
export class DatabaseOutageFilter extends BaseExceptionFilter {
  private static readonly nestLogger = new Logger('ExceptionsHandler');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    // A resolver that returns an Error fails its field with it, just as if it had thrown.
    if (isDatabaseUnreachable(exception)) return exception;
    // Nest's own ExternalExceptionFilter: log, then rethrow.
    if (exception instanceof Error && !(exception instanceof IntrinsicException)) DatabaseOutageFilter.nestLogger.error(exception);
    throw exception;
  }
}
