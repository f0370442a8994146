import { ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import { RateLimitedError, ServiceUnavailableError } from '../graphql/errors';

/** Slows password guessing and mass registration: counts attempts per client address on sign-in and register. */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  /** A counter store out of reach (Redis down) refuses the attempt with a retry hint: never let through uncounted. */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof RateLimitedError || error instanceof ThrottlerException) throw error;
      throw new ServiceUnavailableError(5, 'its shared counters');
    }
  }

  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    return { req, res };
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new RateLimitedError(60);
  }
}
