import { TEAMS_CONVERSATION_LIMITS, WindowLimiter } from './window-limiter';

/** Sends to one conversation as fast as the limiter allows, on a fake clock; returns the send times. */
function greedy(limiter: WindowLimiter, key: string, count: number, start = 0): number[] {
  const times: number[] = [];
  let now = start;
  for (let i = 0; i < count; i++) {
    now = Math.max(now, limiter.readyAt(key, now));
    limiter.record(key, now);
    times.push(now);
  }
  return times;
}

function maxInWindow(times: number[], windowMs: number): number {
  let peak = 0;
  for (let end = 0, start = 0; end < times.length; end++) {
    while (times[end] - times[start] >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

describe('WindowLimiter', () => {
  it('lets 7 through at once and holds the 8th until the first leaves the 1-second window', () => {
    const limiter = new WindowLimiter(TEAMS_CONVERSATION_LIMITS, 50);
    for (let i = 0; i < 7; i++) {
      expect(limiter.readyAt('c', 100)).toBe(100);
      limiter.record('c', 100);
    }
    expect(limiter.readyAt('c', 100)).toBe(1150);
    expect(limiter.readyAt('other', 100)).toBe(100);
  });

  it('keeps every Teams window within its count over an hour and more of greedy sending', () => {
    const limiter = new WindowLimiter(TEAMS_CONVERSATION_LIMITS, 0);
    const times = greedy(limiter, 'c', 1900);
    for (const { count, windowMs } of TEAMS_CONVERSATION_LIMITS) {
      expect(maxInWindow(times, windowMs)).toBe(count);
    }
    // 60 per 30 s is the binding limit after the first burst: the 61st send waits for the first to age out.
    expect(times[60]).toBe(30_000);
    // And 1,800 per hour: the 1,801st waits an hour after the first.
    expect(times[1800]).toBe(3_600_000);
  });

  it('widens each window by the margin', () => {
    const limiter = new WindowLimiter([{ count: 2, windowMs: 1000 }], 100);
    const times = greedy(limiter, 'c', 5);
    expect(times).toEqual([0, 0, 1100, 1100, 2200]);
  });

  it('holds a conversation back until a pause ends, without touching others', () => {
    const limiter = new WindowLimiter();
    limiter.pause('c', 5000);
    limiter.pause('c', 3000);
    expect(limiter.readyAt('c', 1000)).toBe(5000);
    expect(limiter.readyAt('c', 6000)).toBe(6000);
    expect(limiter.readyAt('d', 1000)).toBe(1000);
  });

  it('forgets conversations idle for longer than the longest window', () => {
    const limiter = new WindowLimiter([{ count: 1, windowMs: 1000 }], 0);
    limiter.record('a', 0);
    limiter.record('b', 5000);
    limiter.prune(5500);
    expect(limiter.size).toBe(1);
    expect(limiter.readyAt('b', 5500)).toBe(6000);
  });
});
