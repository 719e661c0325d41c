import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import {
  defaultIdempotencyKey,
  SEND,
  type NewOutboxItem,
  type OutboxItem,
  type OutboxOperation,
  type Recipient,
} from '../delivery/outbox';
import type { OutboxTable } from './schema';

/**
 * A new outbox row: pending and due at once. `seq` is its position in its enqueue call.
 * @param json writes a payload as JSON; one enqueue call passes a cache, as many rows share one payload object
 */
export function toRow(
  item: NewOutboxItem,
  now: string,
  seq: number,
  json: (payload: object) => string = JSON.stringify,
): Insertable<OutboxTable> {
  const operation = item.operation ?? SEND;
  return {
    id: randomUUID(),
    purpose: item.purpose,
    idempotency_key: item.idempotencyKey ?? defaultIdempotencyKey(item.purpose, item.recipient),
    recipient: JSON.stringify(item.recipient),
    conversation_id: item.recipient.kind === 'conversation' ? item.recipient.conversationId : null,
    payload: json(item.payload),
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    created_at: now,
    seq,
    urgent: item.urgent ? 1 : 0,
    updated_at: now,
    operation: operation.kind,
    target_activity_id: operation.kind === 'send' ? null : operation.activityId,
  };
}

/** An outbox row as the delivery engine sees it. */
export function toItem(row: Selectable<OutboxTable>): OutboxItem {
  return {
    id: row.id,
    purpose: row.purpose,
    idempotencyKey: row.idempotency_key,
    recipient: JSON.parse(row.recipient) as Recipient,
    conversationId: row.conversation_id ?? undefined,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    lastError: row.last_error ?? undefined,
    activityId: row.activity_id ?? undefined,
    leaseOwner: row.lease_owner ?? undefined,
    leaseExpiresAt: row.lease_expires_at ? new Date(row.lease_expires_at) : undefined,
    createdAt: new Date(row.created_at),
    seq: row.seq,
    urgent: row.urgent === 1,
    operation: operationOf(row),
    sentAt: row.sent_at ? new Date(row.sent_at) : undefined,
  };
}

function operationOf(row: Selectable<OutboxTable>): OutboxOperation {
  if (row.operation === 'send') return SEND;
  // The column is only ever written together with the operation; a row without it is a broken row.
  if (!row.target_activity_id)
    throw new Error(`outbox row ${row.id}: ${row.operation} without an activity id`);
  return { kind: row.operation, activityId: row.target_activity_id };
}

/** The order messages are claimed in: urgent first, then due first, then as enqueued. */
export function inOrder(a: OutboxItem, b: OutboxItem): number {
  return (
    Number(b.urgent) - Number(a.urgent) ||
    a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.seq - b.seq
  );
}
