import type { NewOutboxItem } from '../../src/delivery/outbox';
import type { Storage } from '../../src/storage/database';
import { InstallationStore } from '../../src/storage/installation-store';
import { ConnectorSimulator } from '../support/connector-simulator';
import { openTestStorage } from '../support/databases';
import {
  fastSettings,
  FLOW_BACKSTOP_MS,
  startTestDelivery,
  TEST_BOT_ID,
  TEST_TENANT,
  waitUntilFinished,
} from './delivery-harness';

const people = Array.from({ length: 10 }, (_, i) => `p-${i}`);

function toPeople(purpose: string, ids: readonly string[]): NewOutboxItem[] {
  return ids.map((aadObjectId) => ({
    purpose,
    recipient: { kind: 'person', aadObjectId },
    payload: { type: 'message', text: `${purpose} for ${aadObjectId}` },
  }));
}

describe('messages to people without a stored personal chat', () => {
  let storage: Storage;
  let simulator: ConnectorSimulator;
  let installations: InstallationStore;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    simulator = await new ConnectorSimulator().start();
    installations = new InstallationStore(storage.db);
    await installations.record({
      conversationId: 'a:stored',
      scope: 'personal',
      tenantId: TEST_TENANT,
      aadObjectId: 'p-stored',
      address: {
        channelId: 'msteams',
        serviceUrl: simulator.url,
        conversation: { id: 'a:stored', tenantId: TEST_TENANT, conversationType: 'personal' },
        bot: { id: TEST_BOT_ID },
      },
      at: new Date(),
      event: 'install',
    });
    simulator.setMemberStatus('p-blocked', 403);
  });
  afterAll(async () => {
    await simulator.stop();
    await storage.close();
  });

  it(
    'creates each chat once, stores it and delivers there',
    async () => {
      const delivery = startTestDelivery(storage, {
        settings: fastSettings(200),
        personalChat: { botId: TEST_BOT_ID, tenantId: TEST_TENANT, serviceUrl: simulator.url },
      });
      try {
        const teamsUser: NewOutboxItem = {
          purpose: 'handover',
          recipient: { kind: 'person', aadObjectId: 'p-teams', userId: '29:p-teams' },
          payload: { type: 'message', text: 'handover for p-teams' },
        };
        await delivery.enqueue([...toPeople('handover', [...people, 'p-stored', 'p-blocked']), teamsUser]);
        const counts = await waitUntilFinished(storage, 'handover');
        expect(counts).toMatchObject({ sent: 12, failed: 1 });
        // A chat for every person without one (the Teams user id is used as the member id when known).
        expect(simulator.summary().created).toBe(11);
        expect(simulator.chatOf('29:p-teams')).toBeDefined();

        for (const person of people) {
          const chat = await installations.findPersonalChat(person);
          expect(chat).toMatchObject({
            conversationId: simulator.chatOf(person),
            scope: 'personal',
            tenantId: TEST_TENANT,
          });
          expect(simulator.messages(chat!.conversationId).map((m) => m.text)).toEqual([
            `handover for ${person}`,
          ]);
        }
        expect(simulator.messages('a:stored').map((m) => m.text)).toEqual(['handover for p-stored']);
        const blocked = await storage.db
          .selectFrom('outbox')
          .select('last_error')
          .where('idempotency_key', '=', 'handover|person:p-blocked')
          .executeTakeFirstOrThrow();
        expect(blocked.last_error).toBe('http-403: recipient gone');

        // A later purpose finds the stored chats: nothing is created twice.
        await delivery.enqueue(toPeople('reminder', people));
        await waitUntilFinished(storage, 'reminder');
        expect(simulator.summary().created).toBe(11);
        expect(simulator.messages(simulator.chatOf('p-3')!).map((m) => m.text)).toEqual([
          'handover for p-3',
          'reminder for p-3',
        ]);
      } finally {
        await delivery.stop();
      }
    },
    FLOW_BACKSTOP_MS,
  );

  it(
    'fails a person it cannot reach without knowing where to create the chat',
    async () => {
      const delivery = startTestDelivery(storage, {
        settings: fastSettings(200),
        personalChat: { botId: TEST_BOT_ID },
      });
      try {
        await delivery.enqueue(toPeople('nowhere', ['p-unknown']));
        await waitUntilFinished(storage, 'nowhere');
        const row = await storage.db
          .selectFrom('outbox')
          .select(['status', 'last_error'])
          .where('purpose', '=', 'nowhere')
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ status: 'failed', last_error: 'no-service-url' });
      } finally {
        await delivery.stop();
      }
    },
    FLOW_BACKSTOP_MS,
  );
});
