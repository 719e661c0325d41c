import { DueTimes, LoopTimers } from './loop-timers';

describe('LoopTimers', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('cuts an idle wait short on wake, but not a wait for a send slot', async () => {
    const timers = new LoopTimers(() => Date.now());
    let idled = false;
    void timers.idle(10_000).then(() => (idled = true));
    timers.wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(idled).toBe(true);

    let reached = false;
    void timers.waitUntil(150).then(() => (reached = true));
    timers.wake();
    await jest.advanceTimersByTimeAsync(149);
    expect(reached).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(reached).toBe(true);
  });

  it('ends every wait when stopped, and waits no more afterwards', async () => {
    const timers = new LoopTimers(() => Date.now());
    let ended = 0;
    void timers.waitUntil(60_000).then(() => ended++);
    void timers.idle(60_000).then(() => ended++);
    timers.stop();
    await jest.advanceTimersByTimeAsync(0);
    expect(ended).toBe(2);
    void timers.idle(60_000).then(() => ended++);
    await jest.advanceTimersByTimeAsync(0);
    expect(ended).toBe(3);
  });
});

describe('DueTimes', () => {
  it('keeps times in order and hands out those that have come', () => {
    const due = new DueTimes();
    for (const t of [300, 100, 200, 100]) due.add(t);
    expect(due.next).toBe(100);
    expect(due.takeDue(99)).toBe(false);
    expect(due.takeDue(150)).toBe(true);
    expect(due.next).toBe(200);
    expect(due.takeDue(1000)).toBe(true);
    expect(due.next).toBe(Infinity);
  });
});
