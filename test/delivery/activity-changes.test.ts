import type { NewOutboxItem } from '../../src/delivery/outbox';
import type { Storage } from '../../src/storage/database';
import { InstallationStore } from '../../src/storage/installation-store';
import { ConnectorSimulator } from '../support/connector-simulator';
import { openTestStorage } from '../support/databases';
import {
  conversationIds,
  fastSettings,
  messagesTo,
  seedConversations,
  startTestDelivery,
  waitUntilFinished,
} from './delivery-harness';

// Teams' 50 per second, scaled up so that the flow takes seconds; pacing does not depend on the rate.
const RATE = 100;
const COUNT = 120;

describe('updating and deleting sent messages through the outbox', () => {
  let storage: Storage;
  let simulator: ConnectorSimulator;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    simulator = await new ConnectorSimulator({ tenantLimits: [{ count: RATE, windowMs: 1000 }] }).start();
    await seedConversations(storage, simulator.url, conversationIds(COUNT));
  });
  afterAll(async () => {
    await simulator.stop();
    await storage.close();
  });

  it('updates, then deletes, each sent message once, within the same tenant budget', async () => {
    const delivery = startTestDelivery(storage, { settings: fastSettings(RATE) });
    const change = (purpose: string, kind: 'update' | 'delete') => async (): Promise<NewOutboxItem[]> =>
      (await delivery.sentActivities(['news'])).map((sent) => ({
        purpose,
        recipient: { kind: 'conversation', conversationId: sent.conversationId },
        payload:
          kind === 'update' ? { type: 'message', text: `news, corrected, ${sent.conversationId}` } : {},
        idempotencyKey: `${purpose}|${sent.activityId}`,
        operation: { kind, activityId: sent.activityId },
      }));
    try {
      await delivery.enqueue(messagesTo('news', conversationIds(COUNT)));
      expect(await waitUntilFinished(storage, 'news')).toMatchObject({ sent: COUNT });

      const updates = await change('news:edit', 'update')();
      expect(updates).toHaveLength(COUNT);
      await delivery.enqueue(updates);
      // Enqueuing the same changes again adds nothing: each message is changed once.
      expect((await delivery.enqueue(updates)).inserted).toBe(0);
      expect(await waitUntilFinished(storage, 'news:edit')).toMatchObject({ sent: COUNT });
      await delivery.enqueue(await change('news:retract', 'delete')());
      expect(await waitUntilFinished(storage, 'news:retract')).toMatchObject({ sent: COUNT });

      const histories = [...simulator.activityHistories().values()];
      expect(histories).toHaveLength(COUNT);
      expect(histories.every((h) => h.updates.length === 1 && h.deletes === 1)).toBe(true);
      expect(histories[0].updates[0]).toMatchObject({
        text: `news, corrected, ${histories[0].conversationId}`,
      });
      expect(simulator.summary()).toMatchObject({
        distinct: COUNT,
        duplicates: 0,
        updated: COUNT,
        deleted: COUNT,
      });
      // Sends, updates and deletes share one budget: measured by the simulator over every request.
      expect(simulator.peakArrivals(1000)).toBeLessThanOrEqual(RATE);
    } finally {
      await delivery.stop();
    }
  });

  it('takes a 404 to an update or delete as the message gone, not the conversation', async () => {
    const delivery = startTestDelivery(storage, { settings: fastSettings(RATE) });
    try {
      // The messages of the first test are deleted: Teams no longer has them.
      const [sent] = await delivery.sentActivities(['news']);
      const again = (purpose: string, kind: 'update' | 'delete'): NewOutboxItem => ({
        purpose,
        recipient: { kind: 'conversation', conversationId: sent.conversationId },
        payload: { type: 'message', text: 'too late' },
        operation: { kind, activityId: sent.activityId },
      });
      await delivery.enqueue([again('late-update', 'update'), again('late-delete', 'delete')]);
      // An update has nothing left to change: it fails. A delete finds what it wanted: done.
      expect(await waitUntilFinished(storage, 'late-update')).toMatchObject({ failed: 1 });
      expect(await waitUntilFinished(storage, 'late-delete')).toMatchObject({ sent: 1 });
      expect((await delivery.status('late-update')).failures).toEqual({
        'activity-gone: the message no longer exists': 1,
      });
      const installation = await new InstallationStore(storage.db).get(sent.conversationId);
      expect(installation?.goneAt).toBeUndefined();
    } finally {
      await delivery.stop();
    }
  });

  it('refuses an update or delete addressed to a person instead of a conversation', async () => {
    const delivery = startTestDelivery(storage, { settings: fastSettings(RATE) });
    try {
      await expect(
        delivery.enqueue([
          {
            purpose: 'wrong',
            recipient: { kind: 'person', aadObjectId: 'p1' },
            payload: {},
            operation: { kind: 'delete', activityId: 'act-1' },
          },
        ]),
      ).rejects.toThrow(
        'outbox item 0 is invalid: recipient: an update or delete goes to a conversation recipient',
      );
    } finally {
      await delivery.stop();
    }
  });
});
