import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * Scheduled work that every instance runs on a timer: one run at a time per process, a failed run logged and the
 * next one tried as usual, the timer never keeping the process alive, and shutdown waiting for a run in progress.
 * Each job makes itself safe on several instances (locks, deduplication). A later issue moves these onto pg-boss.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  /** How often a run starts, read when the hub has started. */
  protected abstract everyMs(): number;

  /** One run of the job, as the timer starts it. */
  protected abstract runOnce(): Promise<unknown>;

  /** The error itself, not its message: the hub's logger keeps only what of it is safe (a PostgreSQL message may quote values). */
  protected logFailure(error: unknown): void {
    this.logger.error(error, `${this.constructor.name} failed`);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.everyMs());
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: unknown) => this.logFailure(error))
      .finally(() => (this.running = null));
  }
}
