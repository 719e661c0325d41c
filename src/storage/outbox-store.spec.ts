import { describeEachEngine } from '../../test/support/databases';
import type { NewOutboxItem } from '../delivery/outbox';
import { OutboxStore } from './outbox-store';

const t0 = new Date('2025-06-02T08:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function items(purpose: string, count: number, from = 0): NewOutboxItem[] {
  return Array.from({ length: count }, (_, i) => ({
    purpose,
    recipient: { kind: 'conversation', conversationId: `c-${from + i}` },
    payload: { type: 'message', text: `m-${from + i}` },
  }));
}

describeEachEngine('OutboxStore', (storage) => {
  let store: OutboxStore;
  beforeAll(() => {
    store = new OutboxStore(storage().db, storage().dialect);
  });
  afterEach(async () => {
    await storage().db.deleteFrom('outbox').execute();
  });

  it('adds each purpose and recipient once, whatever is enqueued again', async () => {
    expect(await store.enqueue(items('once', 3), t0)).toEqual({ inserted: 3, existing: 0 });
    expect(await store.enqueue(items('once', 5), t0)).toEqual({ inserted: 2, existing: 3 });
    const person: NewOutboxItem = {
      purpose: 'once',
      recipient: { kind: 'person', aadObjectId: 'p1' },
      payload: {},
    };
    expect(await store.enqueue([person, person], t0)).toEqual({ inserted: 1, existing: 1 });
    expect((await store.purposeCounts('once', t0)).counts.pending).toBe(6);
  });

  it('enqueues more rows than one insert statement carries', async () => {
    expect((await store.enqueue(items('bulk', 1200), t0)).inserted).toBe(1200);
  });

  it('gives concurrent claimers disjoint rows and never more than exist', async () => {
    const owners = ['a', 'b', 'c', 'd', 'e', 'f'];
    // Races are not certain to overlap in one round; several rounds make a missed lock show up reliably.
    for (let round = 0; round < 25; round++) {
      await storage().db.deleteFrom('outbox').execute();
      await store.enqueue(items('race', 40), at(-1000));
      const claims = await Promise.all(owners.map((owner) => store.claim(owner, 9, at(0), at(60_000))));
      const ids = claims.flat().map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeLessThanOrEqual(40);
      for (const [i, owner] of owners.entries()) {
        expect(claims[i].every((item) => item.leaseOwner === owner && item.status === 'sending')).toBe(true);
      }
      const rest = await store.claim('z', 100, at(0), at(60_000));
      expect(ids.length + rest.length).toBe(40);
    }
  });

  it('claims an urgent message before a backlog that was due earlier', async () => {
    await store.enqueue(items('announcement', 50), at(-5000));
    await store.enqueue([{ ...items('handover', 1, 99)[0], urgent: true }], at(-1));
    const [first, ...rest] = await store.claim('a', 3, at(0), at(60_000));
    expect(first).toMatchObject({ purpose: 'handover', urgent: true });
    expect(rest.map((item) => [item.purpose, item.urgent])).toEqual([
      ['announcement', false],
      ['announcement', false],
    ]);
  });

  it('claims due messages in the order they were enqueued', async () => {
    await store.enqueue(items('first', 30), at(-2000));
    await store.enqueue(items('second', 30, 30), at(-1000));
    const texts: unknown[] = [];
    for (let claimed = await store.claim('o', 7, at(0), at(60_000)); claimed.length > 0;) {
      texts.push(...claimed.map((item) => item.payload.text));
      claimed = await store.claim('o', 7, at(0), at(60_000));
    }
    expect(texts).toEqual(Array.from({ length: 60 }, (_, i) => `m-${i}`));
  });

  it('takes over a lease only once it has run out, and refuses the old owner afterwards', async () => {
    await store.enqueue(items('lease', 2), at(-1000));
    const mine = await store.claim('old', 10, at(0), at(5000));
    expect(mine).toHaveLength(2);
    expect(await store.claim('new', 10, at(4999), at(9999))).toHaveLength(0);
    const taken = await store.claim('new', 10, at(5000), at(65_000));
    expect(taken.map((i) => i.id).sort()).toEqual(mine.map((i) => i.id).sort());
    expect(await store.markSent(mine[0].id, 'old', 'act-1', at(5001))).toBe(false);
    expect(await store.markSent(mine[0].id, 'new', 'act-2', at(5002))).toBe(true);
    const sent = await store.get(mine[0].id);
    expect(sent).toMatchObject({ status: 'sent', activityId: 'act-2', attempts: 1, leaseOwner: undefined });
    expect(sent?.sentAt).toEqual(at(5002));
  });

  it('keeps the card only until the message is finished: sent, failed or cancelled', async () => {
    await store.enqueue(items('keep', 3), t0);
    const payloadOf = async (id: string) =>
      (
        await storage()
          .db.selectFrom('outbox')
          .select('payload')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).payload;
    const [sent, failed] = await store.claim('w', 2, t0, at(60_000));
    expect(JSON.parse(await payloadOf(sent.id))).toEqual({ type: 'message', text: 'm-0' });
    await store.markSent(sent.id, 'w', 'activity-1', at(1));
    await store.markFailed(failed.id, 'w', 'http-400', at(1));
    await store.cancel('keep', at(2));
    const rows = await storage().db.selectFrom('outbox').select(['status', 'payload']).execute();
    expect(rows.map((r) => r.status).sort()).toEqual(['cancelled', 'failed', 'sent']);
    expect(rows.every((r) => r.payload === '{}')).toBe(true);
  });

  it('waits for the next attempt time and counts attempts on retries and failures', async () => {
    await store.enqueue(items('retry', 1), at(-1000));
    const [item] = await store.claim('w', 1, at(0), at(60_000));
    expect(await store.reschedule(item.id, 'w', at(10_000), 'http-503', at(1))).toBe(true);
    expect(await store.claim('w', 10, at(9999), at(60_000))).toHaveLength(0);
    const [again] = await store.claim('w', 10, at(10_000), at(70_000));
    expect(again).toMatchObject({ id: item.id, attempts: 1, lastError: 'http-503' });
    expect(await store.markFailed(item.id, 'w', 'http-400', at(10_001))).toBe(true);
    expect(await store.get(item.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'http-400' });
    expect(await store.reschedule(item.id, 'w', at(0), 'late', at(10_002))).toBe(false);
  });

  it('releases without counting an attempt, and only rows the owner holds', async () => {
    await store.enqueue(items('release', 2), at(-1000));
    const claimed = await store.claim('r', 10, at(0), at(60_000));
    expect(
      await store.release(
        claimed.map((i) => i.id),
        'someone-else',
        at(0),
        at(0),
      ),
    ).toBe(0);
    expect(
      await store.release(
        claimed.map((i) => i.id),
        'r',
        at(3000),
        at(1),
      ),
    ).toBe(2);
    expect(await store.get(claimed[0].id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      leaseOwner: undefined,
    });
    expect(await store.claim('r', 10, at(2999), at(60_000))).toHaveLength(0);
  });

  it('remembers a person’s conversation for the owner of the lease', async () => {
    const person: NewOutboxItem = {
      purpose: 'chat',
      recipient: { kind: 'person', aadObjectId: 'p9' },
      payload: {},
    };
    await store.enqueue([person], at(-1000));
    const [item] = await store.claim('c', 1, at(0), at(60_000));
    expect(item.conversationId).toBeUndefined();
    expect(await store.setConversation(item.id, 'x', 'a:1', at(1))).toBe(false);
    expect(await store.setConversation(item.id, 'c', 'a:1', at(1))).toBe(true);
    expect((await store.get(item.id))?.conversationId).toBe('a:1');
  });

  it('cancels pending rows of one purpose but not rows being sent under a live lease', async () => {
    await store.enqueue(items('cancel', 3), at(-1000));
    await store.enqueue(items('other', 1, 100), at(-1000));
    const [held] = await store.claim('k', 1, at(0), at(60_000));
    expect(held.purpose).toBe('cancel');
    expect(await store.cancel('cancel', at(1))).toBe(2);
    expect((await store.purposeCounts('cancel', at(0))).counts).toMatchObject({ cancelled: 2, sending: 1 });
    expect((await store.purposeCounts('other', at(0))).counts.pending).toBe(1);
  });

  it('counts by status, recent sends and the queue', async () => {
    await store.enqueue(items('count', 4), at(-1000));
    const claimed = await store.claim('s', 3, at(0), at(60_000));
    await store.markSent(claimed[0].id, 's', 'a', at(1000));
    await store.markSent(claimed[1].id, 's', 'b', at(20_000));
    await store.markFailed(claimed[2].id, 's', 'http-400', at(20_000));
    const counts = await store.purposeCounts('count', at(10_000));
    expect(counts.counts).toEqual({ pending: 1, sending: 0, sent: 2, failed: 1, cancelled: 0 });
    expect(counts.sentSince).toBe(1);
    expect(counts.firstSentAt).toEqual(at(1000));
    expect(counts.lastSentAt).toEqual(at(20_000));
    expect(counts.failures).toEqual({ 'http-400': 1 });
    const queue = await store.queueStats();
    expect(queue.depth).toBe(1);
    expect(queue.oldestPendingCreatedAt).toEqual(at(-1000));
    await store.cancel('count', at(0));
    expect((await store.queueStats()).depth).toBe(0);
  });

  it('keeps where each new activity went, and updates and deletes apart from them', async () => {
    await store.enqueue(
      [
        { purpose: 'news', recipient: { kind: 'person', aadObjectId: 'p1' }, payload: { text: 'a' } },
        ...items('news', 1, 7),
        ...items('other', 1, 8),
      ],
      at(-1000),
    );
    const [toPerson, toChannel, other] = await store.claim('s', 3, at(0), at(60_000));
    // A person's message learns its conversation only when it is sent.
    await store.markSent(toPerson.id, 's', 'act-p1', at(1), 'a:chat-p1');
    await store.markSent(toChannel.id, 's', 'act-c7', at(2));
    await store.markSent(other.id, 's', 'act-c8', at(3));
    const sent = await store.sentActivities(['news']);
    expect(sent).toEqual([
      {
        purpose: 'news',
        idempotencyKey: 'news|person:p1',
        conversationId: 'a:chat-p1',
        activityId: 'act-p1',
      },
      {
        purpose: 'news',
        idempotencyKey: 'news|conversation:c-7',
        conversationId: 'c-7',
        activityId: 'act-c7',
      },
    ]);

    await store.enqueue(
      sent.map((s, i) => ({
        purpose: 'news:edit',
        recipient: { kind: 'conversation' as const, conversationId: s.conversationId },
        payload: { text: 'b' },
        idempotencyKey: `news:edit|${s.activityId}`,
        operation:
          i === 0
            ? { kind: 'update' as const, activityId: s.activityId }
            : { kind: 'delete' as const, activityId: s.activityId },
      })),
      at(10),
    );
    const changes = await store.claim('s', 10, at(20), at(60_000));
    expect(changes.map((c) => c.operation)).toEqual([
      { kind: 'update', activityId: 'act-p1' },
      { kind: 'delete', activityId: 'act-c7' },
    ]);
    for (const change of changes)
      await store.markSent(
        change.id,
        's',
        change.operation.kind === 'send' ? undefined : change.operation.activityId,
        at(30),
      );
    // Updates and deletes are not themselves activities to change later.
    expect(await store.sentActivities(['news:edit'])).toEqual([]);
    expect(await store.sentActivities(['news', 'other'])).toHaveLength(3);
    expect(await store.sentActivities([])).toEqual([]);
  });
});
