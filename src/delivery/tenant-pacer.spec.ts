import { MemorySendBudget, reserveSlots } from './send-budget';
import { TenantPacer } from './tenant-pacer';

describe('reserveSlots', () => {
  it('starts at the next free slot, or now when that has passed, and never saves unused time', () => {
    expect(reserveSlots(1000, 500, 3, 20)).toEqual({ firstMs: 1000, nextFreeMs: 1060 });
    expect(reserveSlots(1000, 5000, 3, 20)).toEqual({ firstMs: 5000, nextFreeMs: 5060 });
  });
});

describe('TenantPacer', () => {
  it('spaces the slots of two instances sharing one budget one interval apart, with no slot twice', async () => {
    let now = 0;
    const budget = new MemorySendBudget();
    const a = new TenantPacer(budget, 50, () => now, 5);
    const b = new TenantPacer(budget, 50, () => now, 5);
    const slots: number[] = [];
    // Each instance loops: take a slot, wait for it, send. Events run in time order on the fake clock.
    const instances = [
      { pacer: a, readyAt: 0 },
      { pacer: b, readyAt: 3 },
    ];
    for (let i = 0; i < 200; i++) {
      const next = instances.reduce((x, y) => (y.readyAt < x.readyAt ? y : x));
      now = Math.max(now, next.readyAt);
      const slot = await next.pacer.take(100);
      next.readyAt = Math.max(now, slot) + 0.5;
      slots.push(slot);
    }
    const sorted = [...slots].sort((x, y) => x - y);
    expect(new Set(sorted).size).toBe(200);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(20 - 1e-9);
    // No slot is lost while both are busy: the combined rate is the budget's, not half of it. (At the end one
    // instance may still hold reserved slots it has not reached yet: at most one chunk.)
    expect(sorted[199] - sorted[0]).toBeLessThanOrEqual(20 * (199 + 5) + 1e-6);
    expect(a.wasted + b.wasted).toBe(0);
  });

  it('reserves no more slots than there are sends ready', async () => {
    const budget = new MemorySendBudget();
    const pacer = new TenantPacer(budget, 100, () => 0, 10);
    await pacer.take(3);
    expect(pacer.reserved).toBe(2);
    const other = new TenantPacer(budget, 100, () => 0, 10);
    expect(await other.take(1)).toBe(30);
  });

  it('drops slots that went by unused instead of sending late in a bunch', async () => {
    let now = 0;
    const pacer = new TenantPacer(new MemorySendBudget(), 10, () => now, 5);
    expect(await pacer.take(5)).toBe(0);
    now = 1000;
    expect(await pacer.take(5)).toBe(1000);
    expect(pacer.wasted).toBe(4);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new TenantPacer(new MemorySendBudget(), 0, () => 0)).toThrow('send rate must be positive');
  });
});
