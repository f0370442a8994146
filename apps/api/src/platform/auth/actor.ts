import { Role } from '@ideas-hub/domain';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

/** Who is making a request, as resolved from their session cookie. */
export interface Actor {
  accountId: string;
  sessionId: string;
  roles: Role[];
}

export interface ActorRequest extends Request {
  actor?: Actor | null;
  /** Why the session could not be looked up (the database is unreachable): the request then fails with it. */
  sessionFailure?: unknown;
}

export function requestOf(context: ExecutionContext): ActorRequest {
  return GqlExecutionContext.create(context).getContext<{ req: ActorRequest }>().req;
}

/** The signed-in caller, or null for an anonymous visitor. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).actor ?? null);
