import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { InstallationRepository } from '../directory/installations';
import type { Logger } from '../logging';
import { DeliveryEngine } from './delivery-engine';
import { createDeliveryMetrics, SILENT_OBSERVER } from './delivery-metrics';
import { resolveSettings, type DeliverySettings } from './delivery-settings';
import { purposeStatus, type DeliveryStatus } from './delivery-status';
import type { MessageSender } from './message-sender';
import type { EnqueueResult, NewOutboxItem, OutboxItem, OutboxRepository, SentActivity } from './outbox';
import type { PersonalChatDefaults } from './plan-delivery';
import type { SendBudget } from './send-budget';
import { WindowLimiter } from './window-limiter';

export interface StartDeliveryOptions {
  outbox: OutboxRepository;
  /** The shared tenant budget; the database one when instances share a database. */
  budget: SendBudget;
  installations: InstallationRepository;
  sender: MessageSender;
  logger: Logger;
  now?: () => Date;
  /** Where the delivery metrics are registered; none when absent. */
  registry?: Registry;
  settings?: Partial<DeliverySettings>;
  personalChat?: PersonalChatDefaults;
  /** Told once when a message is given up on (after its outcome is recorded); errors are logged, not thrown. */
  onFailed?: (item: OutboxItem) => Promise<void>;
  /** This instance's name on its leases; unique per process by default. */
  owner?: string;
  random?: () => number;
}

/** Proactive delivery, running. */
export interface Delivery {
  readonly owner: string;
  readonly settings: DeliverySettings;
  /** Puts messages in the outbox (once per idempotency key) and wakes the sender. */
  enqueue(items: readonly NewOutboxItem[]): Promise<EnqueueResult>;
  status(purpose: string): Promise<DeliveryStatus>;
  /** Cancels a purpose's messages that have not been started. */
  cancel(purpose: string): Promise<number>;
  /** Where the sent messages of these purposes live, to update or delete them with an `operation`. */
  sentActivities(purposes: readonly string[]): Promise<SentActivity[]>;
  /** Requests to Teams awaiting an answer in this instance. */
  sendsInFlight(): number;
  /** Stops sending; messages not started go back to the outbox for any instance to take. */
  stop(): Promise<void>;
}

/** Teams refuses messages above about 100 KB. */
const MAX_PAYLOAD_BYTES = 100_000;

/**
 * The JSON size of payloads, each object measured once per enqueue call.
 * @remarks An announcement gives every recipient of a language the same card object: measuring 2,000 copies of it
 * held the event loop for tens of milliseconds, and the sender loop's send slots with it.
 */
function payloadSizes(): (payload: object) => number {
  const sizes = new Map<object, number>();
  return (payload) => {
    let size = sizes.get(payload);
    if (size === undefined) sizes.set(payload, (size = Buffer.byteLength(JSON.stringify(payload))));
    return size;
  };
}

const itemSchema = z.object({
  purpose: z.string().min(1).max(200),
  recipient: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('conversation'), conversationId: z.string().min(1) }),
    z.object({
      kind: z.literal('person'),
      aadObjectId: z.string().min(1),
      tenantId: z.string().optional(),
      serviceUrl: z.string().url().optional(),
      userId: z.string().optional(),
    }),
  ]),
  payload: z.record(z.unknown()),
  idempotencyKey: z.string().min(1).max(500).optional(),
  urgent: z.boolean().optional(),
  operation: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('send') }),
      z.object({ kind: z.literal('update'), activityId: z.string().min(1) }),
      z.object({ kind: z.literal('delete'), activityId: z.string().min(1) }),
    ])
    .optional(),
});

/** An update or delete changes an activity in a known conversation. */
const itemRule = itemSchema.refine(
  (item) => !item.operation || item.operation.kind === 'send' || item.recipient.kind === 'conversation',
  { message: 'an update or delete goes to a conversation recipient', path: ['recipient'] },
);

/**
 * Starts this instance's sender and returns the delivery API that reminders, announcements and handovers use.
 * @remarks Every instance runs one; they coordinate through the outbox leases and the shared budget only.
 */
export function startDelivery(options: StartDeliveryOptions): Delivery {
  const settings = resolveSettings(options.settings);
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const observer = options.registry
    ? createDeliveryMetrics(options.registry, () => options.outbox.queueStats(), now)
    : SILENT_OBSERVER;
  const engine = new DeliveryEngine({
    outbox: options.outbox,
    installations: options.installations,
    sender: options.sender,
    budget: options.budget,
    now,
    owner,
    settings,
    limiter: new WindowLimiter(settings.conversationLimits, settings.conversationMarginMs),
    observer,
    logger: options.logger,
    random: options.random ?? Math.random,
    personalChat: options.personalChat ?? {},
    onFailed: options.onFailed,
  });
  engine.start();
  options.logger.info(
    { event: 'delivery-started', owner, ratePerSecond: settings.ratePerSecond },
    'delivery started',
  );

  return {
    owner,
    settings,
    async enqueue(items) {
      const size = payloadSizes();
      const parsed = items.map((item, index) => {
        const result = itemRule.safeParse(item);
        const problems = result.success
          ? []
          : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        if (result.success && size(item.payload) > MAX_PAYLOAD_BYTES)
          problems.push('payload: payload is larger than 100 KB');
        if (problems.length) throw new Error(`outbox item ${index} is invalid: ${problems.join('; ')}`);
        return item;
      });
      const result = await options.outbox.enqueue(parsed, now());
      if (result.inserted > 0) engine.wake();
      return result;
    },
    status: (purpose) =>
      purposeStatus(options.outbox, purpose, now(), settings.ratePerSecond * settings.headroom),
    cancel: (purpose) => options.outbox.cancel(purpose, now()),
    sentActivities: (purposes) => options.outbox.sentActivities(purposes),
    sendsInFlight: () => engine.sendsInFlight,
    async stop() {
      await engine.stop();
      options.logger.info({ event: 'delivery-stopped', owner }, 'delivery stopped');
    },
  };
}
