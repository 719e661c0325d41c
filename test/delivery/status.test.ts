import { Registry } from 'prom-client';
import type { Storage } from '../../src/storage/database';
import { ConnectorSimulator } from '../support/connector-simulator';
import { openTestStorage } from '../support/databases';
import {
  conversationIds,
  fastSettings,
  FLOW_BACKSTOP_MS,
  messagesTo,
  seedConversations,
  startTestDelivery,
  waitForCounts,
  waitUntilFinished,
} from './delivery-harness';

describe('status, metrics and cancelling', () => {
  let storage: Storage;
  let simulator: ConnectorSimulator;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    simulator = await new ConnectorSimulator({ tenantLimits: [{ count: 20, windowMs: 1000 }] }).start();
    await seedConversations(storage, simulator.url, conversationIds(300));
  });
  afterAll(async () => {
    await simulator.stop();
    await storage.close();
  });

  it(
    'reports counts, rate and time left while sending, and cancels what has not started',
    async () => {
      const registry = new Registry();
      const delivery = startTestDelivery(storage, { settings: fastSettings(20), registry });
      try {
        await delivery.enqueue(messagesTo('announcement:4', conversationIds(300)));
        // Asked once 30 sends are recorded: at about 20 a second, most of the 300 are still to go.
        await waitForCounts(storage, 'announcement:4', (counts) => counts.sent >= 30);
        const during = await delivery.status('announcement:4');
        expect(during.total).toBe(300);
        expect(during.remaining).toBeGreaterThan(200);
        expect(during.counts.sent).toBeGreaterThanOrEqual(30);
        expect(during.ratePerSecond).toBeGreaterThan(0);
        expect(during.estimateBasis).toBe('measured');
        // At about 20 a second, 200-odd messages take ten-odd seconds.
        expect(during.estimatedSecondsLeft).toBeGreaterThan(during.remaining / 40);
        const depth = await registry.getSingleMetricAsString('voordeur_delivery_queue_depth');
        expect(Number(depth.trim().split(' ').at(-1))).toBeGreaterThan(200);
        const age = await registry.getSingleMetricAsString('voordeur_delivery_oldest_pending_age_seconds');
        expect(Number(age.trim().split(' ').at(-1))).toBeGreaterThan(0);

        const cancelled = await delivery.cancel('announcement:4');
        expect(cancelled).toBeGreaterThan(200);
        const counts = await waitUntilFinished(storage, 'announcement:4');
        expect(counts.cancelled).toBe(cancelled);
        expect(counts.sent + counts.cancelled).toBe(300);
        // Cancelled messages never reach Teams; the few already claimed still went out, once.
        expect(simulator.summary()).toMatchObject({ distinct: counts.sent, duplicates: 0 });
      } finally {
        await delivery.stop();
      }
    },
    FLOW_BACKSTOP_MS,
  );

  it('refuses an invalid or oversized message before anything is stored', async () => {
    const delivery = startTestDelivery(storage, { settings: fastSettings(20) });
    try {
      const big = { type: 'message', text: 'x'.repeat(100_001) };
      await expect(
        delivery.enqueue([
          ...messagesTo('invalid', ['c-1']),
          { purpose: 'invalid', recipient: { kind: 'conversation', conversationId: 'c-2' }, payload: big },
        ]),
      ).rejects.toThrow('outbox item 1 is invalid: payload: payload is larger than 100 KB');
      expect((await delivery.status('invalid')).total).toBe(0);
    } finally {
      await delivery.stop();
    }
  });
});
