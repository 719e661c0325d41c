import { describeEachEngine } from '../../test/support/databases';
import { JobLeaseStore } from './job-lease-store';

describeEachEngine('JobLeaseStore', (storage) => {
  const slot = new Date('2026-12-02T09:00:00.000Z');
  const later = new Date('2026-12-02T10:00:00.000Z');
  const now = new Date('2026-12-02T09:00:01.000Z');

  it('gives each scheduled time of a job to exactly one of many instances claiming it at once', async () => {
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => new JobLeaseStore(storage().db).claim('a', slot, `i${i}`, now)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const again = await Promise.all(
      Array.from({ length: 12 }, (_, i) => new JobLeaseStore(storage().db).claim('a', later, `i${i}`, now)),
    );
    expect(again.filter(Boolean)).toHaveLength(1);
  });

  it('never runs an earlier or the same scheduled time again, and keeps jobs apart', async () => {
    const store = new JobLeaseStore(storage().db);
    expect(await store.claim('b', later, 'x', now)).toBe(true);
    expect(await store.claim('b', later, 'y', now)).toBe(false);
    expect(await store.claim('b', slot, 'y', now)).toBe(false);
    expect(await store.claim('c', slot, 'y', now)).toBe(true);
  });

  it('keeps the outcome of the last run of each job', async () => {
    const store = new JobLeaseStore(storage().db);
    await store.claim('d', slot, 'x', now);
    await store.finish('d', slot, 'ok', '{"flows":2}', later);
    await store.claim('e', slot, 'y', now);
    await store.finish('e', slot, 'failed', 'error-id', later);
    const runs = (await store.list()).filter((run) => ['d', 'e'].includes(run.job));
    expect(runs).toEqual([
      {
        job: 'd',
        slot: slot.toISOString(),
        owner: 'x',
        startedAt: now.toISOString(),
        finishedAt: later.toISOString(),
        outcome: 'ok',
        summary: '{"flows":2}',
      },
      expect.objectContaining({ job: 'e', outcome: 'failed', summary: 'error-id' }),
    ]);
  });
});
