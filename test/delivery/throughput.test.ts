import { Registry } from 'prom-client';
import type { Storage } from '../../src/storage/database';
import { OutboxStore } from '../../src/storage/outbox-store';
import { ConnectorSimulator } from '../support/connector-simulator';
import { openTestStorage } from '../support/databases';
import {
  conversationIds,
  fastSettings,
  FLOW_BACKSTOP_MS,
  messagesTo,
  seedConversations,
  startTestDelivery,
  waitUntilFinished,
} from './delivery-harness';

// Teams' 50 per second, scaled up so that the flow takes seconds; the properties do not depend on the rate.
const RATE = 300;
const RECIPIENTS = 1500;

describe('delivery at the tenant limit (SQLite)', () => {
  let storage: Storage;
  let simulator: ConnectorSimulator;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    simulator = await new ConnectorSimulator({
      tenantLimits: [{ count: RATE, windowMs: 1000 }],
      faults: { throttleRate: 0.02, retryAfterSeconds: 1 },
    }).start();
    await seedConversations(storage, simulator.url, conversationIds(RECIPIENTS));
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    await simulator.stop();
    await storage.close();
  });

  it(
    'delivers every message exactly once within the limit, absorbing 429s',
    async () => {
      const registry = new Registry();
      const delivery = startTestDelivery(storage, { settings: fastSettings(RATE), registry });
      try {
        const result = await delivery.enqueue(messagesTo('announcement:1', conversationIds(RECIPIENTS)));
        expect(result).toEqual({ inserted: RECIPIENTS, existing: 0 });
        // Enqueuing the same announcement again (a double click, a restarted job) adds nothing.
        expect((await delivery.enqueue(messagesTo('announcement:1', conversationIds(10)))).inserted).toBe(0);
        const counts = await waitUntilFinished(storage, 'announcement:1');
        expect(counts).toEqual({ pending: 0, sending: 0, sent: RECIPIENTS, failed: 0, cancelled: 0 });

        const sim = simulator.summary();
        expect(sim.distinct).toBe(RECIPIENTS);
        expect(sim.duplicates).toBe(0);
        expect(sim.injectedThrottles).toBeGreaterThan(0);
        // Measured by the simulator, over every request (retries and throttled ones included).
        expect(simulator.peakArrivals(1000)).toBeLessThanOrEqual(RATE);

        const status = await delivery.status('announcement:1');
        expect(status).toMatchObject({ total: RECIPIENTS, remaining: 0, estimatedSecondsLeft: 0 });
        expect(status.ratePerSecond).toBeGreaterThan(0);
        const metrics = await registry.getSingleMetricAsString('voordeur_delivery_sent_total');
        expect(metrics).toContain(`voordeur_delivery_sent_total ${RECIPIENTS}`);
        const throttled = await registry.getSingleMetricAsString('voordeur_delivery_throttled_total');
        expect(throttled).toContain(
          `voordeur_delivery_throttled_total ${sim.injectedThrottles + sim.throttledTenant}`,
        );
        expect(await registry.getSingleMetricAsString('voordeur_delivery_queue_depth')).toContain(
          'queue_depth 0',
        );
      } finally {
        await delivery.stop();
      }
    },
    FLOW_BACKSTOP_MS,
  );

  it('keeps the activity id of every sent message, to update or delete it later', async () => {
    const outbox = new OutboxStore(storage.db, storage.dialect);
    const rows = await storage.db.selectFrom('outbox').select(['id', 'activity_id']).execute();
    expect(rows.length).toBe(RECIPIENTS);
    expect(rows.every((row) => row.activity_id?.startsWith('act-'))).toBe(true);
    expect((await outbox.queueStats()).depth).toBe(0);
  });
});

describe('per-conversation limits', () => {
  it(
    'keeps each conversation within 7/s, 8/2 s and 60/30 s so Teams never throttles it',
    async () => {
      const storage = await openTestStorage('sqlite');
      const simulator = await new ConnectorSimulator({
        tenantLimits: [{ count: 1000, windowMs: 1000 }],
      }).start();
      const channels = ['channel-a', 'channel-b'];
      await seedConversations(storage, simulator.url, channels);
      const delivery = startTestDelivery(storage, { settings: fastSettings(1000) });
      try {
        // 20 reminders to each of two channels, all due at once.
        const items = channels.flatMap((channel) =>
          Array.from({ length: 20 }, (_, i) => ({
            purpose: 'reminders',
            recipient: { kind: 'conversation' as const, conversationId: channel },
            payload: { type: 'message', text: `reminder ${i}` },
            idempotencyKey: `reminders|${channel}|${i}`,
          })),
        );
        await delivery.enqueue(items);
        await waitUntilFinished(storage, 'reminders');
        const sim = simulator.summary();
        expect(sim).toMatchObject({ distinct: 40, duplicates: 0, throttledConversation: 0 });
        // In order within a conversation: the limits delay messages, they do not shuffle them.
        expect(simulator.messages('channel-a').map((m) => m.text)).toEqual(
          Array.from({ length: 20 }, (_, i) => `reminder ${i}`),
        );
      } finally {
        await delivery.stop();
        await simulator.stop();
        await storage.close();
      }
    },
    FLOW_BACKSTOP_MS,
  );
});
