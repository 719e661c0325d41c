import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStorage, type Storage } from '../../src/storage/database';
import { OutboxStore } from '../../src/storage/outbox-store';
import { ConnectorSimulator } from '../support/connector-simulator';
import { startDeliveryProcess, type DeliveryProcess } from './delivery-process';
import {
  conversationIds,
  deliveredButUnrecorded,
  fastSettings,
  FLOW_BACKSTOP_MS,
  messagesTo,
  seedConversations,
} from './delivery-harness';

const RATE = 400;
const RECIPIENTS = 5000;
const MAX_IN_FLIGHT = 200;

describe('kill -9 halfway, then a restart (SQLite file)', () => {
  let dir: string;
  let storage: Storage;
  let simulator: ConnectorSimulator;
  const processes: DeliveryProcess[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'voordeur-kill-'));
    storage = await openStorage({ dataDir: dir, sqliteFile: 'outbox.sqlite' });
    simulator = await new ConnectorSimulator({ tenantLimits: [{ count: RATE, windowMs: 1000 }] }).start();
    await seedConversations(storage, simulator.url, conversationIds(RECIPIENTS));
    await new OutboxStore(storage.db, storage.dialect).enqueue(
      messagesTo('announcement:3', conversationIds(RECIPIENTS)),
      new Date(),
    );
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    await simulator.stop();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'loses nothing and duplicates only sends that were in flight at the kill',
    async () => {
      // A short lease, so that the restarted instance takes the killed one's messages over within seconds. The
      // timeout is not short: a request the simulator accepted but answered late on a busy machine would be sent
      // again and count as a duplicate the kill did not cause.
      const runner = {
        dataDir: dir,
        sqliteFile: 'outbox.sqlite',
        settings: fastSettings(RATE, { leaseMs: 20_000, sendTimeoutMs: 8000, maxInFlight: MAX_IN_FLIGHT }),
      };
      const first = startDeliveryProcess({ ...runner, owner: 'first' });
      processes.push(first);
      // Each wait ends on its event, or fails as soon as the process exits without it.
      await first.waitFor('ready');
      let killing = false;
      const exitedEarly = first.exited.then((code) => {
        if (!killing) throw new Error(`the first instance exited (${code}) before half was delivered`);
      });
      await Promise.race([simulator.waitForDistinct(RECIPIENTS / 2), exitedEarly]);
      killing = true;
      await first.kill();

      // Requests the killed process had already written may still be arriving: once its connections are closed
      // and no request is being handled, the simulator has counted all it will ever get from it.
      await simulator.quiet();
      const unrecorded = await deliveredButUnrecorded(storage, (id) => simulator.messages(id).length);
      const deliveredAtKill = simulator.summary().distinct;
      expect(deliveredAtKill).toBeLessThan(RECIPIENTS);
      expect(unrecorded).toBeLessThanOrEqual(MAX_IN_FLIGHT);

      const second = startDeliveryProcess({ ...runner, owner: 'second', exitWhenIdle: true });
      processes.push(second);
      await second.waitFor('idle');
      expect(await second.exited).toBe(0);

      const counts = await new OutboxStore(storage.db, storage.dialect).purposeCounts(
        'announcement:3',
        new Date(),
      );
      expect(counts.counts).toEqual({ pending: 0, sending: 0, sent: RECIPIENTS, failed: 0, cancelled: 0 });
      const sim = simulator.summary();
      expect(sim.distinct).toBe(RECIPIENTS);
      // Only a message Teams had accepted but the killed instance had not yet recorded can go out twice.
      expect(sim.duplicates).toBeLessThanOrEqual(unrecorded);
      process.stdout.write(
        `kill -9 at ${deliveredAtKill}/${RECIPIENTS} delivered: ${unrecorded} delivered but unrecorded, ` +
          `${sim.duplicates} duplicates after the restart\n`,
      );
    },
    FLOW_BACKSTOP_MS,
  );
});
