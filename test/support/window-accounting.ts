/** At most `count` requests in any `windowMs`. */
export interface SimulatedLimit {
  count: number;
  windowMs: number;
}

/**
 * Request times kept for sliding-window limits, written independently of `src/delivery` so that the
 * simulator does not share a bug with the code it checks.
 */
export class WindowLog {
  private times: number[] = [];

  constructor(private readonly limits: readonly SimulatedLimit[]) {}

  /** When a request at `now` would exceed a limit: how long until it would fit (ms); otherwise undefined. */
  exceeded(now: number): number | undefined {
    let wait: number | undefined;
    for (const limit of this.limits) {
      const inWindow = this.times.length - firstAfter(this.times, now - limit.windowMs);
      if (inWindow >= limit.count) {
        const leaves = this.times[this.times.length - limit.count] + limit.windowMs - now;
        wait = Math.max(wait ?? 0, leaves);
      }
    }
    return wait;
  }

  record(now: number): void {
    this.times.push(now);
    const longest = Math.max(...this.limits.map((l) => l.windowMs));
    const keepFrom = firstAfter(this.times, now - longest);
    // Trim in batches: shifting on every request would be quadratic.
    if (keepFrom > 1024) this.times = this.times.slice(keepFrom);
  }
}

/** Index of the first time strictly greater than `t` in an ascending list. */
function firstAfter(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most requests that fell inside any one window of `windowMs` (times ascending). */
export function peakInWindow(times: readonly number[], windowMs: number): number {
  let peak = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end] - times[start] >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** A small seeded random generator (mulberry32), so that a fault pattern can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
