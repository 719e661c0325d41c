import { backoffDelay, decideFailure } from './retry-policy';

const settings = { baseMs: 1000, maxMs: 60_000 };
const http = (status: number, retryAfterMs?: number) => ({
  ok: false as const,
  kind: 'http' as const,
  status,
  retryAfterMs,
});

describe('decideFailure', () => {
  it.each([429, 412, 500, 502, 503, 504])('retries HTTP %i', (status) => {
    expect(decideFailure(http(status), 1, settings, () => 0.5)).toMatchObject({
      action: 'retry',
      code: `http-${status}`,
    });
  });

  it('retries timeouts and network errors', () => {
    expect(decideFailure({ ok: false, kind: 'timeout' }, 1, settings, () => 0)).toMatchObject({
      action: 'retry',
      code: 'timeout',
    });
    expect(decideFailure({ ok: false, kind: 'network' }, 1, settings, () => 0)).toMatchObject({
      action: 'retry',
      code: 'network',
    });
  });

  it.each([403, 404])('treats HTTP %i as a conversation that is gone', (status) => {
    expect(decideFailure(http(status), 1, settings, () => 0)).toEqual({
      action: 'gone',
      code: `http-${status}`,
    });
  });

  it.each([400, 413, 422])('fails HTTP %i at once', (status) => {
    expect(decideFailure(http(status), 1, settings, () => 0)).toEqual({
      action: 'fail',
      code: `http-${status}`,
    });
  });

  it('never retries sooner than Retry-After, and marks 429 as throttling', () => {
    const decision = decideFailure(http(429, 7000), 1, settings, () => 0);
    expect(decision).toMatchObject({ action: 'retry', throttled: true });
    expect(decision.action === 'retry' && decision.delayMs).toBeGreaterThanOrEqual(7000);
    // The eighth attempt's backoff (capped at 60 s, at least half of it) outweighs a short Retry-After.
    const later = decideFailure(http(503, 1000), 8, settings, () => 0);
    expect(later.action === 'retry' && later.delayMs).toBe(30_000);
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt within [half, full] of the exponential delay, up to the cap', () => {
    expect(backoffDelay(1, settings, () => 0)).toBe(500);
    expect(backoffDelay(1, settings, () => 1)).toBe(1000);
    expect(backoffDelay(4, settings, () => 0)).toBe(4000);
    expect(backoffDelay(4, settings, () => 1)).toBe(8000);
    expect(backoffDelay(30, settings, () => 1)).toBe(60_000);
    expect(backoffDelay(30, settings, () => 0)).toBe(30_000);
  });

  it('spreads retries of the same attempt apart', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3, settings, random)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
