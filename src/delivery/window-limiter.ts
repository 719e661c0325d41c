/** At most `count` sends in any `windowMs`. */
export interface WindowLimit {
  count: number;
  windowMs: number;
}

/** Teams' proactive limits per bot per conversation. */
export const TEAMS_CONVERSATION_LIMITS: readonly WindowLimit[] = [
  { count: 7, windowMs: 1000 },
  { count: 8, windowMs: 2000 },
  { count: 60, windowMs: 30_000 },
  { count: 1800, windowMs: 3_600_000 },
];

interface Track {
  /** Send times, oldest first, within the longest window. */
  times: number[];
  pausedUntil: number;
}

/**
 * Per-conversation limits as sliding windows, in memory.
 * @remarks Teams counts "n per window". A token bucket that holds n and refills n per window lets up to 2n
 * through in one sliding window, so each conversation keeps the times of its recent sends instead and a
 * send waits until every window has room. `marginMs` widens every window a little, so that network jitter
 * between here and Teams does not push a send into a window Teams still counts as full. One instance only:
 * two instances sending to the same conversation at the same moment rely on Teams' 429 and Retry-After.
 */
export class WindowLimiter {
  private readonly tracks = new Map<string, Track>();
  private readonly longest: number;

  constructor(
    private readonly limits: readonly WindowLimit[] = TEAMS_CONVERSATION_LIMITS,
    private readonly marginMs = 250,
  ) {
    this.longest = Math.max(0, ...limits.map((l) => l.windowMs + marginMs));
  }

  /** The earliest time (ms) at which `key` may send; `now` or earlier means at once. */
  readyAt(key: string, now: number): number {
    const track = this.tracks.get(key);
    if (!track) return now;
    let ready = Math.max(now, track.pausedUntil);
    const { times } = track;
    for (const limit of this.limits) {
      if (times.length < limit.count) continue;
      // The send that must leave the window before another fits in it.
      const blocking = times[times.length - limit.count];
      ready = Math.max(ready, blocking + limit.windowMs + this.marginMs);
    }
    return ready;
  }

  /** Counts a send to `key` at `now`. */
  record(key: string, now: number): void {
    const track = this.track(key);
    track.times.push(now);
    const cutoff = now - this.longest;
    let drop = 0;
    while (drop < track.times.length && track.times[drop] <= cutoff) drop++;
    if (drop > 0) track.times.splice(0, drop);
  }

  /** Holds `key` back until `until` (Teams asked to wait with Retry-After). */
  pause(key: string, until: number): void {
    const track = this.track(key);
    track.pausedUntil = Math.max(track.pausedUntil, until);
  }

  /** Forgets conversations that have not sent within the longest window. */
  prune(now: number): void {
    for (const [key, track] of this.tracks) {
      const last = track.times[track.times.length - 1] ?? 0;
      if (last <= now - this.longest && track.pausedUntil <= now) this.tracks.delete(key);
    }
  }

  /** How many conversations are tracked. */
  get size(): number {
    return this.tracks.size;
  }

  private track(key: string): Track {
    let track = this.tracks.get(key);
    if (!track) {
      track = { times: [], pausedUntil: 0 };
      this.tracks.set(key, track);
    }
    return track;
  }
}
