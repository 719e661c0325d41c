import { Registry } from 'prom-client';
import type { Storage } from '../../src/storage/database';
import { InstallationStore } from '../../src/storage/installation-store';
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

const RATE = 300;
const RECIPIENTS = 600;
/** Conversations the simulator answers with the same status every time. */
const PERMANENT: Record<string, number> = {
  'c-10': 403,
  'c-11': 404,
  'c-12': 400,
  'c-13': 413,
  'c-14': 503,
  'c-15': 429,
};
// The default: with 23% random faults, ten failures in a row (p ≈ 4e-7) never happen by chance.
const MAX_ATTEMPTS = 10;

describe('delivery through faults (PostgreSQL)', () => {
  let storage: Storage;
  let simulator: ConnectorSimulator;
  beforeAll(async () => {
    storage = await openTestStorage('postgres');
    simulator = await new ConnectorSimulator({
      tenantLimits: [{ count: RATE, windowMs: 1000 }],
      faults: {
        serverErrorRate: 0.2,
        hangRate: 0.02,
        hangMs: 30_000,
        slowRate: 0.05,
        slowMs: 300,
        throttleRate: 0.01,
        retryAfterSeconds: 1,
      },
      seed: 7,
    }).start();
    for (const [conversationId, status] of Object.entries(PERMANENT))
      simulator.setPermanent(conversationId, status);
    await seedConversations(storage, simulator.url, conversationIds(RECIPIENTS));
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    await simulator.stop();
    await storage.close();
  });

  it(
    'loses nothing to 20% 5xx and 30-second hangs, and fails only what the simulator made permanent',
    async () => {
      const registry = new Registry();
      const delivery = startTestDelivery(storage, {
        registry,
        // The sender gives up on a hung request after 3 s; the simulator would hold it for 30 s.
        settings: fastSettings(RATE, { maxAttempts: MAX_ATTEMPTS, sendTimeoutMs: 3000, leaseMs: 20_000 }),
      });
      try {
        await delivery.enqueue(messagesTo('faults', conversationIds(RECIPIENTS)));
        const counts = await waitUntilFinished(storage, 'faults');
        const permanent = Object.keys(PERMANENT);
        expect(counts).toEqual({
          pending: 0,
          sending: 0,
          sent: RECIPIENTS - permanent.length,
          failed: permanent.length,
          cancelled: 0,
        });

        const sim = simulator.summary();
        expect(sim.injectedErrors).toBeGreaterThan(RECIPIENTS * 0.1);
        expect(sim.hangs).toBeGreaterThan(0);
        // Each hang was cut short by the sender's timeout and retried.
        const retries = await registry.getSingleMetricAsString('voordeur_delivery_retries_total');
        const timeouts = Number(retries.match(/code="timeout"} (\d+)/)?.[1] ?? 0);
        expect(timeouts).toBeGreaterThanOrEqual(sim.hangs);
        // Hung and failed requests were not delivered by the simulator, so retrying them duplicates nothing.
        expect(sim.duplicates).toBe(0);
        expect(sim.distinct).toBe(RECIPIENTS - permanent.length);

        const failed = await storage.db
          .selectFrom('outbox')
          .select(['conversation_id', 'last_error', 'attempts'])
          .where('status', '=', 'failed')
          .execute();
        const reasons = Object.fromEntries(failed.map((row) => [row.conversation_id, row.last_error]));
        expect(reasons).toEqual({
          'c-10': 'http-403: recipient gone',
          'c-11': 'http-404: recipient gone',
          'c-12': 'http-400',
          'c-13': 'http-413',
          'c-14': `http-503: gave up after ${MAX_ATTEMPTS} attempts`,
          'c-15': `http-429: gave up after ${MAX_ATTEMPTS} attempts`,
        });
        const attempts = Object.fromEntries(failed.map((row) => [row.conversation_id, row.attempts]));
        // 403, 404, 400 and 413 are not retried: one request each.
        expect(attempts).toMatchObject({ 'c-10': 1, 'c-11': 1, 'c-12': 1, 'c-13': 1, 'c-14': MAX_ATTEMPTS });

        const installations = new InstallationStore(storage.db);
        expect((await installations.get('c-10'))?.goneReason).toBe('http-403');
        expect((await installations.get('c-11'))?.goneReason).toBe('http-404');
        expect((await installations.get('c-12'))?.goneAt).toBeUndefined();
        expect((await installations.get('c-14'))?.goneAt).toBeUndefined();
      } finally {
        await delivery.stop();
      }
    },
    FLOW_BACKSTOP_MS,
  );

  it(
    'does not send to a conversation marked gone',
    async () => {
      const delivery = startTestDelivery(storage, { settings: fastSettings(RATE) });
      try {
        const before = simulator.summary().requests;
        await delivery.enqueue(messagesTo('after-gone', ['c-10', 'c-11']));
        const counts = await waitUntilFinished(storage, 'after-gone');
        expect(counts.failed).toBe(2);
        expect(simulator.summary().requests).toBe(before);
      } finally {
        await delivery.stop();
      }
    },
    FLOW_BACKSTOP_MS,
  );
});
