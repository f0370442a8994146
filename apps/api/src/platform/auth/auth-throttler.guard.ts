import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { RateLimitedError } from '../graphql/errors';

/** Slows password guessing and mass registration: counts attempts per client address on sign-in and register. */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = GqlExecutionContext.create(context).getContext();
    return { req, res };
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new RateLimitedError(60);
  }
}
