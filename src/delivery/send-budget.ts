/**
 * The app's request budget in a tenant, shared by every instance: a schedule of send slots.
 * @remarks This is a token bucket of depth one kept as "the next free slot" (the generic cell rate
 * algorithm): reserving n slots hands out n times `intervalMs` apart, starting at the next free slot or now,
 * whichever is later. Slots not used are lost, never saved up, so no burst can exceed the rate. The
 * database implementation does this in one atomic statement, so instances share one schedule and their
 * combined rate stays within the limit whether one instance is running or ten.
 */
export interface SendBudget {
  /**
   * Reserves `count` consecutive slots `intervalMs` apart, none before `nowMs`.
   * @returns the time (epoch ms) of the first reserved slot
   */
  reserve(count: number, intervalMs: number, nowMs: number): Promise<number>;
}

/** The slot arithmetic, shared by every {@link SendBudget}: where the reservation starts and what is next free. */
export function reserveSlots(
  nextFreeMs: number,
  nowMs: number,
  count: number,
  intervalMs: number,
): { firstMs: number; nextFreeMs: number } {
  const firstMs = Math.max(nextFreeMs, nowMs);
  return { firstMs, nextFreeMs: firstMs + count * intervalMs };
}

/** A {@link SendBudget} for one process, in memory. */
export class MemorySendBudget implements SendBudget {
  private nextFreeMs = 0;

  async reserve(count: number, intervalMs: number, nowMs: number): Promise<number> {
    const slots = reserveSlots(this.nextFreeMs, nowMs, count, intervalMs);
    this.nextFreeMs = slots.nextFreeMs;
    return slots.firstMs;
  }
}
