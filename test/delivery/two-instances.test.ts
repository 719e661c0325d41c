import { createConnectorSender } from '../../src/bot/connector-sender';
import type { MessageSender } from '../../src/delivery/message-sender';
import { openStorage, type Storage } from '../../src/storage/database';
import { ConnectorSimulator } from '../support/connector-simulator';
import { createPostgresDatabase } from '../support/databases';
import {
  conversationIds,
  fastSettings,
  FLOW_BACKSTOP_MS,
  messagesTo,
  seedConversations,
  startTestDelivery,
  TEST_SEND_TIMEOUT_MS,
  waitUntilFinished,
} from './delivery-harness';

const RATE = 400;
const RECIPIENTS = 5000;

/** The real sender, counting the messages Teams accepted from this instance. */
function countingSender(): { sender: MessageSender; accepted: () => number } {
  const inner = createConnectorSender({ timeoutMs: TEST_SEND_TIMEOUT_MS });
  let accepted = 0;
  return {
    accepted: () => accepted,
    sender: {
      async send(address, activity) {
        const outcome = await inner.send(address, activity);
        if (outcome.ok) accepted++;
        return outcome;
      },
      update: (address, activityId, activity) => inner.update(address, activityId, activity),
      delete: (address, activityId) => inner.delete(address, activityId),
      createPersonalChat: (request) => inner.createPersonalChat(request),
    },
  };
}

describe('two instances on one PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let first: Storage;
  let second: Storage;
  let simulator: ConnectorSimulator;
  beforeAll(async () => {
    database = await createPostgresDatabase();
    // Each instance has its own connection pool, as two processes would.
    first = await openStorage({ databaseUrl: database.url, dataDir: '' });
    second = await openStorage({ databaseUrl: database.url, dataDir: '' });
    simulator = await new ConnectorSimulator({
      tenantLimits: [{ count: RATE, windowMs: 1000 }],
      faults: { throttleRate: 0.01, retryAfterSeconds: 1 },
    }).start();
    await seedConversations(first, simulator.url, conversationIds(RECIPIENTS));
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    await simulator.stop();
    await first.close();
    await second.close();
    await database.drop();
  });

  it(
    'send one batch together: none lost, none twice, the combined rate within the limit',
    async () => {
      const a = countingSender();
      const b = countingSender();
      // Both are configured with the full tenant limit: the shared budget in the database splits it.
      const one = startTestDelivery(first, {
        settings: fastSettings(RATE),
        sender: a.sender,
        owner: 'instance-a',
      });
      const two = startTestDelivery(second, {
        settings: fastSettings(RATE),
        sender: b.sender,
        owner: 'instance-b',
      });
      try {
        await one.enqueue(messagesTo('announcement:2', conversationIds(RECIPIENTS)));
        // Ends when the whole batch is delivered and recorded, or when no message finishes for a long stretch.
        const counts = await waitUntilFinished(first, 'announcement:2');
        expect(counts).toEqual({ pending: 0, sending: 0, sent: RECIPIENTS, failed: 0, cancelled: 0 });

        const sim = simulator.summary();
        expect(sim.distinct).toBe(RECIPIENTS);
        expect(sim.duplicates).toBe(0);
        expect(a.accepted() + b.accepted()).toBe(RECIPIENTS);
        // Both did a real share of the work.
        expect(Math.min(a.accepted(), b.accepted())).toBeGreaterThan(RECIPIENTS * 0.2);
        // The simulator's count of every request in any one second: the two together kept to one limit.
        expect(simulator.peakArrivals(1000)).toBeLessThanOrEqual(RATE);
      } finally {
        await Promise.all([one.stop(), two.stop()]);
      }
    },
    FLOW_BACKSTOP_MS,
  );
});
