import { claimSize, DEFAULT_DELIVERY_SETTINGS, leaseSafetyMs, resolveSettings } from './delivery-settings';

describe('resolveSettings', () => {
  it('fills in the defaults: Teams’ 50 per second with 2% headroom, ten attempts, a one-minute lease', () => {
    expect(resolveSettings()).toEqual(DEFAULT_DELIVERY_SETTINGS);
    expect(resolveSettings({ ratePerSecond: 20 })).toMatchObject({
      ratePerSecond: 20,
      headroom: 0.98,
      maxAttempts: 10,
    });
  });

  it('lists every problem at once', () => {
    expect(() =>
      resolveSettings({ ratePerSecond: 0, maxAttempts: 0, leaseMs: 1000, sendTimeoutMs: 1000 }),
    ).toThrow(
      'invalid delivery settings: ratePerSecond must be positive; maxAttempts must be at least 1; ' +
        'leaseMs must be at least twice sendTimeoutMs',
    );
  });
});

describe('claimSize', () => {
  it('claims about two seconds of sending, less when the lease is short', () => {
    expect(claimSize(resolveSettings())).toBe(98);
    const short = resolveSettings({ ratePerSecond: 400, leaseMs: 6000, sendTimeoutMs: 2500 });
    // 6 s lease - 2.5 s timeout - 1.5 s safety = 2 s usable, half of it for waiting in the queue.
    expect(leaseSafetyMs(short)).toBe(1500);
    expect(claimSize(short)).toBe(392);
  });
});
