import { Injectable } from '@nestjs/common';

/**
 * What the health checks report about the process itself, beside the database:
 * whether it is draining for a shutdown (not ready: send traffic elsewhere), and
 * whether something broke that only a restart of the hub can mend (not live).
 */
@Injectable()
export class HubLifecycle {
  private drainingSince: number | null = null;
  private fatal: string | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Why the hub should be restarted, or null while it is sound. */
  get livenessFailure(): string | null {
    return this.fatal;
  }

  beginDrain(): void {
    this.drainingSince ??= Date.now();
  }

  failLiveness(reason: string): void {
    this.fatal ??= reason;
  }
}
