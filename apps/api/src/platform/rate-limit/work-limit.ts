/**
 * Bounds expensive work in flight across the process: at most `maxInFlight` run at once, at most `maxQueued`
 * wait, and anything beyond is refused at once (`onFull`) rather than queued without bound, so that a flood
 * of one kind of request costs its senders a refusal instead of costing everyone else their latency.
 */
export class WorkLimit {
  private running = 0;
  private highWater = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly maxInFlight: number,
    readonly maxQueued: number,
    private readonly onFull: () => Error,
  ) {}

  /** How many run now, and the most that ran at once since `resetPeak` (for the tests and the docs' figures). */
  get inFlight(): number {
    return this.running;
  }

  get peak(): number {
    return this.highWater;
  }

  resetPeak(): void {
    this.highWater = this.running;
  }

  /** True when one more piece of work would be refused: lets a caller refuse before it counts an attempt. */
  get full(): boolean {
    return this.running >= this.maxInFlight && this.waiting.length >= this.maxQueued;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.running < this.maxInFlight) {
      this.running++;
    } else {
      if (this.waiting.length >= this.maxQueued) throw this.onFull();
      // The slot is handed over by release(): `running` stays the same.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.highWater = Math.max(this.highWater, this.running);
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
