import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { isDatabaseUnreachable } from '../database/database-outage';
import type { ActorRequest } from './actor';
import { SESSION_COOKIE } from './session-cookie';
import { SESSION_RESOLVER, type SessionResolver } from './session-resolver';

/** Resolves the session cookie to an actor once per request, before any resolver runs. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(@Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver) {}

  async use(req: ActorRequest, _res: Response, next: NextFunction): Promise<void> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    try {
      req.actor = typeof token === 'string' && token.length > 0 && token.length <= 100 ? await this.sessions.resolve(token) : null;
      next();
    } catch (error) {
      if (!isDatabaseUnreachable(error)) return next(error);
      // Not an anonymous caller, and not an HTTP 500: the guard fails the operation with it, through the one error formatter.
      req.actor = null;
      req.sessionFailure = error;
      next();
    }
  }
}
