import type { SendBudget } from './send-budget';

/**
 * Hands this instance its send slots from the shared {@link SendBudget}, a few at a time.
 * @remarks Reserving a small chunk (about a tenth of a second of sends) keeps database round trips low and
 * lets other instances interleave their chunks. A slot that went by unused by more than one interval is
 * dropped rather than used late: late slots would bunch up with the next ones and exceed the rate locally.
 */
export class TenantPacer {
  /** Milliseconds between two sends of the whole app. */
  readonly intervalMs: number;
  private readonly chunk: number;
  private slots: number[] = [];
  /** Slots reserved but not used. */
  wasted = 0;

  /**
   * @param ratePerSecond the rate to keep to (already below Teams' limit by the headroom)
   * @param now the clock, epoch milliseconds
   */
  constructor(
    private readonly budget: SendBudget,
    ratePerSecond: number,
    private readonly now: () => number,
    chunk?: number,
  ) {
    if (!(ratePerSecond > 0)) throw new Error(`send rate must be positive, got ${ratePerSecond}`);
    this.intervalMs = 1000 / ratePerSecond;
    this.chunk = Math.max(1, chunk ?? Math.ceil(ratePerSecond / 10));
  }

  /**
   * Takes the next slot, reserving a chunk when none is left.
   * @param wanted how many sends are ready now; no more than that are reserved
   * @returns the slot's time: the caller waits until then before sending
   */
  async take(wanted: number): Promise<number> {
    const now = this.now();
    while (this.slots.length > 0 && this.slots[0] < now - this.intervalMs) {
      this.slots.shift();
      this.wasted++;
    }
    if (this.slots.length === 0) {
      const count = Math.min(this.chunk, Math.max(1, wanted));
      const first = await this.budget.reserve(count, this.intervalMs, this.now());
      for (let i = 0; i < count; i++) this.slots.push(first + i * this.intervalMs);
    }
    return this.slots.shift()!;
  }

  /** Slots reserved and not yet used. */
  get reserved(): number {
    return this.slots.length;
  }
}
