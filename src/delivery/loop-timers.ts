/**
 * The waits of the sender loop: idle waits that new work cuts short, and waits for a send slot that only
 * stopping cuts short (a slot must never be used early).
 */
export class LoopTimers {
  private readonly pending = new Set<{ resolve: () => void; wakeable: boolean }>();
  private stopped = false;

  constructor(private readonly nowMs: () => number) {}

  /** Waits `ms`, or less when woken or stopped. */
  idle(ms: number): Promise<void> {
    return this.timer(ms, true);
  }

  /** Waits until `atMs` whatever wakes the loop, unless it stops. */
  async waitUntil(atMs: number): Promise<void> {
    for (let left = atMs - this.nowMs(); left > 0 && !this.stopped; left = atMs - this.nowMs()) {
      await this.timer(left, false);
    }
  }

  /** Ends idle waits: there is new work. */
  wake(): void {
    for (const entry of [...this.pending]) if (entry.wakeable) entry.resolve();
  }

  /** Ends every wait, now and from now on. */
  stop(): void {
    this.stopped = true;
    for (const entry of [...this.pending]) entry.resolve();
  }

  private timer(ms: number, wakeable: boolean): Promise<void> {
    if (ms <= 0 || this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const entry = { resolve: () => finish(), wakeable };
      const timeout = setTimeout(() => finish(), ms);
      const finish = () => {
        clearTimeout(timeout);
        this.pending.delete(entry);
        resolve();
      };
      this.pending.add(entry);
    });
  }
}

/** Times (ms) at which messages this instance rescheduled fall due, earliest first. */
export class DueTimes {
  private readonly times: number[] = [];

  add(atMs: number): void {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] <= atMs) lo = mid + 1;
      else hi = mid;
    }
    this.times.splice(lo, 0, atMs);
  }

  /** Removes the times that have come; true when there were any. */
  takeDue(nowMs: number): boolean {
    let due = 0;
    while (due < this.times.length && this.times[due] <= nowMs) due++;
    this.times.splice(0, due);
    return due > 0;
  }

  /** The next time, or Infinity. */
  get next(): number {
    return this.times[0] ?? Infinity;
  }
}
