import { isDatabaseUnavailable } from '../database-outage';
import type { ConversationAddress, InstallationRepository } from '../directory/installations';
import { errorFields, type Logger } from '../logging';
import type { DeliveryObserver } from './delivery-metrics';
import type { DeliverySettings } from './delivery-settings';
import type { MessageSender, SendOutcome } from './message-sender';
import { conversationKey, type OutboxItem, type OutboxRepository } from './outbox';
import { createdChatAddress, type DeliveryPlan } from './plan-delivery';
import { decideFailure } from './retry-policy';
import type { WindowLimiter } from './window-limiter';

/** What one delivery attempt needs. */
export interface AttemptDeps {
  outbox: OutboxRepository;
  installations: InstallationRepository;
  sender: MessageSender;
  now: () => Date;
  owner: string;
  settings: DeliverySettings;
  limiter: WindowLimiter;
  observer: DeliveryObserver;
  logger: Logger;
  random: () => number;
  /** Told once when a message is given up on, such as a handover note whose sender must know. */
  onFailed?: (item: OutboxItem) => Promise<void>;
  /**
   * Called when an outcome could not be written because the database is unavailable: resolves true when it is
   * time to try again, false to give up (the service is stopping). Without it, the error is thrown at once.
   */
  waitToRecord?: () => Promise<boolean>;
}

type Failure = Extract<SendOutcome, { ok: false }>;

/**
 * What came of an attempt: `requeue` when a personal chat was created and the message itself still has to be
 * sent; `retry` with the time the message is due again.
 */
export type AttemptResult = { kind: 'done' } | { kind: 'requeue' } | { kind: 'retry'; at: Date };

const DONE: AttemptResult = { kind: 'done' };

/** Makes the one request a plan calls for and records its outcome in the outbox. */
export async function attemptDelivery(
  item: OutboxItem,
  plan: Exclude<DeliveryPlan, { kind: 'fail' }>,
  deps: AttemptDeps,
): Promise<AttemptResult> {
  if (plan.kind === 'send') {
    const { operation } = item;
    const outcome = await request(deps.sender, plan.address, item);
    // A 404 to an update or delete means the activity is gone (deleted in Teams), not the conversation.
    const activityGone = operation.kind !== 'send' && !outcome.ok && outcome.status === 404;
    if (activityGone && operation.kind === 'update') {
      await fail(item, 'activity-gone', 'activity-gone: the message no longer exists', deps);
      return DONE;
    }
    if (outcome.ok || activityGone) {
      const at = deps.now();
      // An update or delete keeps the id of the activity it changed.
      const activityId =
        operation.kind !== 'send' ? operation.activityId : outcome.ok ? outcome.activityId : undefined;
      const recorded = await recordOutcome(item, deps, () =>
        deps.outbox.markSent(item.id, deps.owner, activityId, at, plan.conversationId),
      );
      if (!recorded) leaseLost(item, deps, 'sent');
      deps.observer.sent(item.purpose, at.getTime() - item.createdAt.getTime());
      deps.logger.debug(
        { event: 'delivery-sent', outboxId: item.id, purpose: item.purpose, operation: operation.kind },
        'sent',
      );
      return DONE;
    }
    return recordFailure(item, outcome, plan.conversationId, deps);
  }
  const created = await deps.sender.createPersonalChat(plan.request);
  if (!created.ok) return recordFailure(item, created, undefined, deps);
  const at = deps.now();
  await deps.installations.record({
    conversationId: created.conversationId,
    scope: 'personal',
    tenantId: plan.tenantId,
    aadObjectId: plan.aadObjectId,
    address: createdChatAddress(plan, created.conversationId, created.serviceUrl),
    at,
    event: 'activity',
  });
  await deps.outbox.setConversation(item.id, deps.owner, created.conversationId, at);
  item.conversationId = created.conversationId;
  deps.logger.info(
    { event: 'delivery-chat-created', outboxId: item.id, conversationId: created.conversationId },
    'created a personal chat',
  );
  return { kind: 'requeue' };
}

/** The one request to Teams that an item's operation calls for. */
function request(
  sender: MessageSender,
  address: ConversationAddress,
  item: OutboxItem,
): Promise<SendOutcome> {
  const { operation } = item;
  if (operation.kind === 'update') return sender.update(address, operation.activityId, item.payload);
  if (operation.kind === 'delete') return sender.delete(address, operation.activityId);
  return sender.send(address, item.payload);
}

/** Marks a message failed without a request: its recipient cannot be reached. */
export async function failWithoutRequest(item: OutboxItem, code: string, deps: AttemptDeps): Promise<void> {
  await fail(item, code, code, deps);
}

async function recordFailure(
  item: OutboxItem,
  outcome: Failure,
  conversationId: string | undefined,
  deps: AttemptDeps,
): Promise<AttemptResult> {
  const attempt = item.attempts + 1;
  const decision = decideFailure(outcome, attempt, deps.settings.backoff, deps.random);
  const at = deps.now();
  if (decision.action === 'gone') {
    if (conversationId) {
      await recordOutcome(item, deps, () => deps.installations.markGone(conversationId, decision.code, at));
    }
    await fail(item, decision.code, `${decision.code}: recipient gone`, deps);
    return DONE;
  }
  if (decision.action === 'fail') {
    await fail(item, decision.code, decision.code, deps);
    return DONE;
  }
  if (decision.throttled && outcome.retryAfterMs !== undefined) {
    deps.limiter.pause(conversationKey(item), at.getTime() + outcome.retryAfterMs);
  }
  if (attempt >= deps.settings.maxAttempts) {
    await fail(item, decision.code, `${decision.code}: gave up after ${attempt} attempts`, deps);
    return DONE;
  }
  const next = new Date(at.getTime() + decision.delayMs);
  const recorded = await recordOutcome(item, deps, () =>
    deps.outbox.reschedule(item.id, deps.owner, next, decision.code, at),
  );
  if (!recorded) leaseLost(item, deps, 'retry');
  deps.observer.retried(decision.code, decision.throttled);
  deps.logger.debug(
    { event: 'delivery-retry', outboxId: item.id, purpose: item.purpose, code: decision.code, attempt },
    'will retry',
  );
  return { kind: 'retry', at: next };
}

async function fail(item: OutboxItem, code: string, reason: string, deps: AttemptDeps): Promise<void> {
  const recorded = await recordOutcome(item, deps, () =>
    deps.outbox.markFailed(item.id, deps.owner, reason, deps.now()),
  );
  if (!recorded) leaseLost(item, deps, 'failed');
  deps.observer.failed(code);
  deps.logger.warn(
    { event: 'delivery-failed', outboxId: item.id, purpose: item.purpose, code },
    'delivery failed',
  );
  if (recorded && deps.onFailed) {
    await deps
      .onFailed(item)
      .catch((error: unknown) =>
        deps.logger.warn(
          { event: 'delivery-failed-hook-failed', outboxId: item.id, ...errorFields(error) },
          'could not act on a failed delivery',
        ),
      );
  }
}

/**
 * Writes what came of a request to Teams. While the database is unavailable the write is tried again, for as long
 * as {@link AttemptDeps.waitToRecord} allows: the request was made, and an outcome left unwritten would have the
 * message sent again when its lease runs out.
 */
async function recordOutcome<T>(item: OutboxItem, deps: AttemptDeps, write: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      const result = await write();
      if (tries > 1) {
        deps.logger.debug({ event: 'delivery-outcome-recorded', outboxId: item.id, tries }, 'recorded late');
      }
      return result;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || !deps.waitToRecord) throw error;
      // Debug only: the delivery loop's own failure already tells the operator, once, that the database is away.
      if (tries === 1) {
        deps.logger.debug(
          { event: 'delivery-outcome-waiting', outboxId: item.id, ...errorFields(error) },
          'the outcome waits for the database',
        );
      }
      if (!(await deps.waitToRecord())) throw error;
    }
  }
}

function leaseLost(item: OutboxItem, deps: AttemptDeps, outcome: string): void {
  deps.logger.warn(
    { event: 'delivery-lease-lost', outboxId: item.id, purpose: item.purpose, outcome },
    'the lease ran out before the outcome was recorded',
  );
}
