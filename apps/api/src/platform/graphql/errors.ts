import { ConflictDetails, ConflictReason, ErrorCode } from '@ideas-hub/domain';
import { GraphQLError } from 'graphql';

export interface FieldError {
  field: string;
  message: string;
}

/** An error the API means to show: its code is the stable `extensions.code` clients branch on. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class BadUserInputError extends DomainError {
  constructor(fields: FieldError[], message = fields[0]?.message ?? 'Check what you entered') {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found`);
  }
}

/** Details are optional only for the reasons that carry none. */
type ConflictDetailsArgs<R extends ConflictReason> =
  Record<string, never> extends ConflictDetails[R] ? [ConflictDetails[R]?] : [ConflictDetails[R]];

/** A state conflict: `extensions.reason` says which, so that a client can say what to do next. */
export class ConflictError<R extends ConflictReason = ConflictReason> extends DomainError {
  constructor(reason: R, message: string, ...[details]: ConflictDetailsArgs<R>) {
    super(ErrorCode.CONFLICT, message, { ...details, reason });
  }
}

/** "30 seconds", "4 minutes", "1 hour": a wait a person can read, never shorter than the real one. */
function waitPhrase(seconds: number): string {
  const [amount, unit] =
    seconds < 120 ? [seconds, 'second'] : seconds < 7200 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Wait ${waitPhrase(retryAfterSeconds)}, then try again.`, {
      retryAfterSeconds,
    });
  }
}

/** The database is out of reach (stopped, restarting, network): nothing the caller did, and worth a retry soon. */
export class ServiceUnavailableError extends DomainError {
  constructor(retryAfterSeconds = 5, what = 'its database') {
    super(ErrorCode.SERVICE_UNAVAILABLE, `The hub cannot reach ${what} just now. Try again in a few seconds.`, { retryAfterSeconds });
  }
}
