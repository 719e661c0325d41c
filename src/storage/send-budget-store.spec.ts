import { describeEachEngine } from '../../test/support/databases';
import { SendBudgetStore } from './send-budget-store';

describeEachEngine('SendBudgetStore', (storage) => {
  it('starts a reservation now when the budget is idle and continues the schedule when it is not', async () => {
    const budget = new SendBudgetStore(storage().db, 'schedule');
    expect(await budget.reserve(5, 20, 1_000_000)).toBe(1_000_000);
    // The next 5 slots follow the first 5, although the clock has barely moved.
    expect(await budget.reserve(5, 20, 1_000_010)).toBe(1_000_100);
    // Idle for a while: unused time is not saved up, the schedule restarts at now.
    expect(await budget.reserve(1, 20, 2_000_000)).toBe(2_000_000);
  });

  it('hands concurrent reservations from two instances disjoint slots', async () => {
    const a = new SendBudgetStore(storage().db, 'shared');
    const b = new SendBudgetStore(storage().db, 'shared');
    const now = 5_000_000;
    const starts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).reserve(3, 10, now)),
    );
    const slots = starts.flatMap((start) => [start, start + 10, start + 20]).sort((x, y) => x - y);
    expect(new Set(slots).size).toBe(60);
    // Together they fill one unbroken schedule: the combined rate is exactly one slot per interval.
    expect(slots[0]).toBe(now);
    expect(slots[59]).toBe(now + 590);
  });

  it('keeps separate budgets apart', async () => {
    const x = new SendBudgetStore(storage().db, 'x');
    const y = new SendBudgetStore(storage().db, 'y');
    expect(await x.reserve(10, 100, 0)).toBe(0);
    expect(await y.reserve(1, 100, 0)).toBe(0);
  });
});
