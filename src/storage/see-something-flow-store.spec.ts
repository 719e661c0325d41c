import { describeEachEngine } from '../../test/support/databases';
import { checkFlow, FLOW_TTL_MS, startFlow } from '../see-something';
import { SeeSomethingFlowStore } from './see-something-flow-store';

describeEachEngine('SeeSomethingFlowStore', (storage) => {
  let store: SeeSomethingFlowStore;
  const t0 = new Date('2026-11-28T10:00:00.000Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);
  beforeAll(() => {
    store = new SeeSomethingFlowStore(storage().db);
  });

  it('lets only the owner use a flow, until it ends or 24 hours have passed', async () => {
    await startFlow({ flows: store, id: 'flow-a', ownerId: 'aad-1', teamId: 'team-1', now: t0 });
    expect(await checkFlow(store, 'flow-a', 'aad-1', later(60_000))).toMatchObject({
      ok: true,
      flow: { teamId: 'team-1', expiresAt: later(FLOW_TTL_MS) },
    });
    expect(await checkFlow(store, 'flow-a', 'aad-2', t0)).toEqual({ ok: false, reason: 'not-owner' });
    expect(await checkFlow(store, 'flow-a', undefined, t0)).toEqual({ ok: false, reason: 'not-owner' });
    expect(await checkFlow(store, 'forged', 'aad-1', t0)).toEqual({ ok: false, reason: 'unknown' });
    expect(await checkFlow(store, 'flow-a', 'aad-1', later(FLOW_TTL_MS))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('ends a flow once: a second "send" finds it ended', async () => {
    await startFlow({ flows: store, id: 'flow-b', ownerId: 'aad-1', now: t0 });
    const ends = await Promise.all([store.finish('flow-b', 'sent', t0), store.finish('flow-b', 'kept', t0)]);
    expect(ends.filter(Boolean)).toHaveLength(1);
    expect(await checkFlow(store, 'flow-b', 'aad-1', t0)).toEqual({ ok: false, reason: 'finished' });
    expect((await store.get('flow-b'))?.teamId).toBeUndefined();
  });

  it('forgets expired flows when the next one starts', async () => {
    await startFlow({ flows: store, id: 'flow-old', ownerId: 'aad-3', now: t0 });
    await startFlow({ flows: store, id: 'flow-new', ownerId: 'aad-3', now: later(FLOW_TTL_MS + 1) });
    expect(await store.get('flow-old')).toBeUndefined();
    expect(await store.get('flow-new')).toBeDefined();
  });
});
