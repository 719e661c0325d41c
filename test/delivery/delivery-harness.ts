import type { Registry } from 'prom-client';
import { createConnectorSender } from '../../src/bot/connector-sender';
import type { DeliverySettings } from '../../src/delivery/delivery-settings';
import type { MessageSender } from '../../src/delivery/message-sender';
import type { NewOutboxItem, OutboxStatus } from '../../src/delivery/outbox';
import type { PersonalChatDefaults } from '../../src/delivery/plan-delivery';
import { startDelivery, type Delivery } from '../../src/delivery/start-delivery';
import { createLogger } from '../../src/logging';
import type { Storage } from '../../src/storage/database';
import { InstallationStore } from '../../src/storage/installation-store';
import { OutboxStore } from '../../src/storage/outbox-store';
import { SendBudgetStore } from '../../src/storage/send-budget-store';

/** The bot's channel account in the tests. */
export const TEST_BOT_ID = '28:test-bot';
export const TEST_TENANT = 'tenant-1';

/**
 * Stores `ids` as reachable conversations whose Bot Connector is `serviceUrl` (the simulator).
 * @remarks Written in bulk: thousands of recipients are seeded in well under a second on both engines.
 */
export async function seedConversations(
  storage: Storage,
  serviceUrl: string,
  ids: readonly string[],
): Promise<void> {
  const at = new Date().toISOString();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = ids.slice(i, i + 500).map((id) => ({
      conversation_id: id,
      scope: 'team' as const,
      tenant_id: TEST_TENANT,
      team_id: null,
      aad_object_id: null,
      service_url: serviceUrl,
      reference: JSON.stringify({
        channelId: 'msteams',
        serviceUrl,
        conversation: { id, tenantId: TEST_TENANT, conversationType: 'channel' },
        bot: { id: TEST_BOT_ID },
      }),
      installed_at: at,
      updated_at: at,
      uninstalled_at: null,
      gone_at: null,
      gone_reason: null,
    }));
    await storage.db.insertInto('installations').values(rows).execute();
  }
}

/** `count` conversation ids, `c-0` … */
export function conversationIds(count: number, prefix = 'c'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
}

/** One message per conversation, each with a text the simulator can tell apart. */
export function messagesTo(purpose: string, ids: readonly string[]): NewOutboxItem[] {
  return ids.map((id) => ({
    purpose,
    recipient: { kind: 'conversation', conversationId: id },
    payload: { type: 'message', text: `${purpose} for ${id}` },
  }));
}

export interface TestDeliveryOptions {
  settings?: Partial<DeliverySettings>;
  sender?: MessageSender;
  owner?: string;
  registry?: Registry;
  personalChat?: PersonalChatDefaults;
}

/** Starts the delivery engine on `storage` with the real connector sender (against the simulator). */
export function startTestDelivery(storage: Storage, options: TestDeliveryOptions = {}): Delivery {
  const settings = options.settings ?? {};
  return startDelivery({
    outbox: new OutboxStore(storage.db, storage.dialect),
    budget: new SendBudgetStore(storage.db),
    installations: new InstallationStore(storage.db),
    sender: options.sender ?? createConnectorSender({ timeoutMs: settings.sendTimeoutMs ?? 15_000 }),
    logger: createLogger(process.env.DELIVERY_LOG_LEVEL ?? 'silent'),
    settings,
    owner: options.owner,
    registry: options.registry,
    personalChat: options.personalChat ?? { botId: TEST_BOT_ID, tenantId: TEST_TENANT },
  });
}

/**
 * Polls of {@link waitUntilFinished} in a row in which none of the purpose's messages may finish before it gives up.
 * @remarks A message here finishes within its retries: backoff capped at 1 s, Retry-After 1 s, ten attempts, and a
 * hung request cut off after its timeout. 300 polls of at least 100 ms are several times the longest of those.
 */
export const STALLED_POLLS = 300;

/**
 * jest's timeout for a delivery flow. The flow ends on its own condition ({@link waitUntilFinished}, a promise the
 * simulator resolves): this only stops a test that hangs, and is far beyond a run on a busy 2-core machine.
 */
export const FLOW_BACKSTOP_MS = 10 * 60_000;

/** Resolves when none of `purpose`'s messages is pending or being sent; returns the final counts. */
export function waitUntilFinished(storage: Storage, purpose: string): Promise<Record<OutboxStatus, number>> {
  return waitForCounts(storage, purpose, (counts) => counts.pending + counts.sending === 0);
}

/**
 * Resolves with `purpose`'s counts once they satisfy `reached`.
 * @remarks Ends on that condition, never on the clock: it waits as long as messages keep finishing (sent, failed
 * or cancelled), however slow the machine, and fails after `stalledPolls` polls in a row in which none did.
 */
export async function waitForCounts(
  storage: Storage,
  purpose: string,
  reached: (counts: Record<OutboxStatus, number>) => boolean,
  stalledPolls = STALLED_POLLS,
): Promise<Record<OutboxStatus, number>> {
  const outbox = new OutboxStore(storage.db, storage.dialect);
  let finished = -1;
  let stalled = 0;
  for (;;) {
    const { counts } = await outbox.purposeCounts(purpose, new Date());
    if (reached(counts)) return counts;
    const done = counts.sent + counts.failed + counts.cancelled;
    stalled = done > finished ? 0 : stalled + 1;
    finished = Math.max(finished, done);
    if (stalled >= stalledPolls)
      throw new Error(`${purpose}: no message finished in ${stalledPolls} polls: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The sender's timeout in the tests. The simulator answers every request unless a test injects hangs (and sets its
 * own, short timeout): no answer, however slow the machine, comes near this, so it never turns a delivered
 * message into a retry and a duplicate.
 */
export const TEST_SEND_TIMEOUT_MS = 20_000;

/** Settings that let the flows run in seconds: a higher rate (the simulator's limit is raised to match). */
export function fastSettings(
  ratePerSecond: number,
  overrides: Partial<DeliverySettings> = {},
): Partial<DeliverySettings> {
  return {
    ratePerSecond,
    pollMs: 100,
    leaseMs: 60_000,
    sendTimeoutMs: TEST_SEND_TIMEOUT_MS,
    maxInFlight: 200,
    backoff: { baseMs: 50, maxMs: 1000 },
    ...overrides,
  };
}

/**
 * After a kill: how many unfinished outbox rows the simulator has in fact received. Those are the sends that
 * were accepted but not yet recorded, the only ones a restart may send again.
 * @remarks Call it a moment after the kill, so requests already written to the socket have arrived.
 */
export async function deliveredButUnrecorded(
  storage: Storage,
  received: (conversationId: string) => number,
): Promise<number> {
  const unfinished = await storage.db
    .selectFrom('outbox')
    .select('conversation_id')
    .where('status', 'in', ['pending', 'sending'])
    .execute();
  return unfinished.filter((row) => row.conversation_id && received(row.conversation_id) > 0).length;
}
