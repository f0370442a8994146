import { Action, can, needsSignIn } from '@ideas-hub/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { requestOf } from './actor';
import { ALLOW_KEY } from './allow.decorator';

@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const action = this.reflector.get<Action | undefined>(ALLOW_KEY, context.getHandler());
    if (!action) {
      // Fail closed: a field nobody wrote a policy for is refused, and a test lists such fields.
      throw new ForbiddenError();
    }
    const request = requestOf(context);
    // Rethrown as the driver threw it: the error formatter recognises an unreachable database by its own shape.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (request.sessionFailure) throw request.sessionFailure;
    const actor = request.actor ?? null;
    if (can(actor?.roles, action)) return true;
    throw !actor && needsSignIn(action) ? new UnauthenticatedError() : new ForbiddenError();
  }
}
