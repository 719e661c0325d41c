import { createCallLimit } from './call-limit';

describe('createCallLimit', () => {
  it('hands out its places at once, then in turn as they come free', async () => {
    const limit = createCallLimit(2);
    const first = await limit.acquire(1000);
    const second = await limit.acquire(1000);
    expect(limit.running).toBe(2);
    const order: string[] = [];
    const third = limit.acquire(1000).then((release) => (order.push('third'), release));
    const fourth = limit.acquire(1000).then((release) => (order.push('fourth'), release));
    expect(limit.waiting).toBe(2);
    first!();
    first!(); // twice is once
    expect(await third).toBeDefined();
    expect(limit.waiting).toBe(1);
    second!();
    expect(await fourth).toBeDefined();
    expect(order).toEqual(['third', 'fourth']);
    expect(limit.running).toBe(2);
    (await third)!();
    (await fourth)!();
    expect(limit.running).toBe(0);
  });

  it('gives up after the wait, and a place freed later goes to the next waiter', async () => {
    const limit = createCallLimit(1);
    const held = await limit.acquire(0);
    const started = Date.now();
    expect(await limit.acquire(50)).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(limit.waiting).toBe(0);
    const next = limit.acquire(1000);
    held!();
    const release = await next;
    expect(release).toBeDefined();
    release!();
    expect(limit.running).toBe(0);
  });

  it('needs at least one place', () => {
    expect(() => createCallLimit(0)).toThrow('at least one place');
  });
});
