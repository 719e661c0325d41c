/** Where an outbox message is in its life. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'sent', 'failed', 'cancelled'];

/**
 * Who a proactive message goes to.
 * @remarks `conversation`: a stored conversation (a channel, a group chat or a known personal chat).
 * `person`: the personal chat with someone; when none is stored, delivery creates one in `tenantId` through
 * `serviceUrl` (both fall back to the engine's defaults). `userId` is the Teams user id (`29:…`) when known;
 * otherwise the Entra object id is used as the member id.
 */
export type Recipient =
  | { kind: 'conversation'; conversationId: string }
  | { kind: 'person'; aadObjectId: string; tenantId?: string; serviceUrl?: string; userId?: string };

/** The activity to send, as JSON: usually `{ type: 'message', attachments: [card] }`. */
export type OutboundActivity = Record<string, unknown>;

/**
 * What a message does in Teams: post a new activity, or change one sent earlier.
 * @remarks `update` replaces a sent activity (PUT `/v3/conversations/{id}/activities/{activityId}`) with the
 * payload; `delete` removes it (DELETE on the same URL). Both need the conversation the activity lives in, so their
 * recipient is a `conversation`. They are paced, retried and leased like any send.
 */
export type OutboxOperation =
  { kind: 'send' } | { kind: 'update'; activityId: string } | { kind: 'delete'; activityId: string };

export const SEND: OutboxOperation = { kind: 'send' };

/** One message to put in the outbox. */
export interface NewOutboxItem {
  /** What the message is for, such as `announcement:42` or `reminder-run:2025-06-01`. */
  purpose: string;
  recipient: Recipient;
  payload: OutboundActivity;
  /** Defaults to purpose + recipient: one message per recipient per purpose. */
  idempotencyKey?: string;
  /** Sent before messages that are not urgent, such as the rest of a large announcement. */
  urgent?: boolean;
  /** A new activity when absent. */
  operation?: OutboxOperation;
}

/** A row of the outbox. */
export interface OutboxItem {
  id: string;
  purpose: string;
  idempotencyKey: string;
  recipient: Recipient;
  /** The conversation the message goes to, once known. */
  conversationId?: string;
  payload: OutboundActivity;
  status: OutboxStatus;
  /** Send attempts that got an answer or failed (a send cut short by a crash is not counted). */
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  /** The id Teams gave the sent activity, to update or delete it later. */
  activityId?: string;
  leaseOwner?: string;
  leaseExpiresAt?: Date;
  createdAt: Date;
  /** Position within its enqueue call: messages enqueued together are sent in that order. */
  seq: number;
  urgent: boolean;
  operation: OutboxOperation;
  sentAt?: Date;
}

/** A message Teams accepted: where it lives, to update or delete it later. */
export interface SentActivity {
  purpose: string;
  idempotencyKey: string;
  conversationId: string;
  activityId: string;
}

export interface EnqueueResult {
  inserted: number;
  /** Items whose idempotency key was already in the outbox: not added again. */
  existing: number;
}

/** Counts of one purpose's messages. */
export interface PurposeCounts {
  counts: Record<OutboxStatus, number>;
  /** Messages of this purpose sent at or after `since`. */
  sentSince: number;
  firstSentAt?: Date;
  lastSentAt?: Date;
  /** Failed messages by their last error (a code such as `http-403: recipient gone`). */
  failures: Record<string, number>;
}

/** The whole outbox at a glance, for metrics. */
export interface QueueStats {
  /** Pending and sending messages. */
  depth: number;
  oldestPendingCreatedAt?: Date;
}

/**
 * The durable outbox.
 * @remarks Every change to a claimed row names its owner and only succeeds while that owner still holds the
 * lease, so an instance that lost its lease (it stalled, another took over) cannot overwrite the outcome.
 */
export interface OutboxRepository {
  /** Adds messages; an existing idempotency key is left as it is. */
  enqueue(items: readonly NewOutboxItem[], at: Date): Promise<EnqueueResult>;
  /**
   * Atomically takes up to `limit` due messages for `owner` until `leaseUntil`: pending ones whose next
   * attempt time has come, and sending ones whose lease ran out (their instance died).
   */
  claim(owner: string, limit: number, now: Date, leaseUntil: Date): Promise<OutboxItem[]>;
  /** Records a message Teams accepted, with its activity id and the conversation it went to. */
  markSent(
    id: string,
    owner: string,
    activityId: string | undefined,
    at: Date,
    conversationId?: string,
  ): Promise<boolean>;
  /** Back to pending, to be tried again at `nextAttemptAt`; counts the attempt. */
  reschedule(id: string, owner: string, nextAttemptAt: Date, error: string, at: Date): Promise<boolean>;
  markFailed(id: string, owner: string, error: string, at: Date): Promise<boolean>;
  /** Gives claimed messages back without counting an attempt (the engine stops, or must wait long). */
  release(ids: readonly string[], owner: string, nextAttemptAt: Date, at: Date): Promise<number>;
  /** Remembers the conversation a person's message goes to. */
  setConversation(id: string, owner: string, conversationId: string, at: Date): Promise<boolean>;
  /** Cancels a purpose's pending messages (and sending ones whose lease ran out). */
  cancel(purpose: string, at: Date): Promise<number>;
  get(id: string): Promise<OutboxItem | undefined>;
  /** The new activities (not updates or deletes) of these purposes that Teams accepted and gave an id. */
  sentActivities(purposes: readonly string[]): Promise<SentActivity[]>;
  purposeCounts(purpose: string, since: Date): Promise<PurposeCounts>;
  queueStats(): Promise<QueueStats>;
}

/** The idempotency key used when the caller gives none. */
export function defaultIdempotencyKey(purpose: string, recipient: Recipient): string {
  return recipient.kind === 'person'
    ? `${purpose}|person:${recipient.aadObjectId}`
    : `${purpose}|conversation:${recipient.conversationId}`;
}

/** The key the per-conversation limits are counted under. */
export function conversationKey(item: Pick<OutboxItem, 'conversationId' | 'recipient'>): string {
  if (item.conversationId) return item.conversationId;
  return item.recipient.kind === 'person'
    ? `person:${item.recipient.aadObjectId}`
    : item.recipient.conversationId;
}
