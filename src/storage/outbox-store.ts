import { sql, type Kysely, type Selectable } from 'kysely';
import {
  OUTBOX_STATUSES,
  type EnqueueResult,
  type NewOutboxItem,
  type OutboxItem,
  type OutboxRepository,
  type OutboxStatus,
  type PurposeCounts,
  type QueueStats,
  type SentActivity,
} from '../delivery/outbox';
import type { Dialect } from './database';
import { inOrder, toItem, toRow } from './outbox-rows';
import type { Database, OutboxTable } from './schema';
import { WalScrub } from './wal-scrub';

/** Rows per insert statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const INSERT_CHUNK = 500;

/**
 * What a finished row keeps of its card: nothing. A message that was sent, failed or cancelled is not sent
 * again, and a handover note must not outlive its delivery (AVG: keep no more than the purpose needs). The old
 * text is then taken off the disk too: see {@link WalScrub} (and what PostgreSQL does instead).
 */
const SENT_PAYLOAD = '{}';
/** Matches the partial index's condition word for word, so that SQLite uses the index. */
const UNFINISHED = sql<boolean>`status in ('pending', 'sending')`;

/**
 * {@link OutboxRepository} on the Voordeur database.
 * @remarks A claim is one `UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING *` statement. SQLite runs it
 * under its single writer lock, so it is atomic across processes; PostgreSQL adds `FOR UPDATE SKIP LOCKED`
 * to the inner select, so concurrent claims pass each other's rows by instead of waiting or taking them twice.
 */
export class OutboxStore implements OutboxRepository {
  private readonly scrub: WalScrub;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    this.scrub = new WalScrub(db, dialect);
  }

  async enqueue(items: readonly NewOutboxItem[], at: Date): Promise<EnqueueResult> {
    const now = at.toISOString();
    // An announcement gives every recipient of a language the same card object: written as JSON once.
    const written = new Map<object, string>();
    const json = (payload: object) => {
      let text = written.get(payload);
      if (text === undefined) written.set(payload, (text = JSON.stringify(payload)));
      return text;
    };
    let inserted = 0;
    for (let i = 0; i < items.length; i += INSERT_CHUNK) {
      const rows = items.slice(i, i + INSERT_CHUNK).map((item, j) => toRow(item, now, i + j, json));
      const result = await this.db
        .insertInto('outbox')
        .values(rows)
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return { inserted, existing: items.length - inserted };
  }

  async claim(owner: string, limit: number, now: Date, leaseUntil: Date): Promise<OutboxItem[]> {
    if (limit <= 0) return [];
    const at = now.toISOString();
    let due = this.db
      .selectFrom('outbox')
      .select('id')
      .where(UNFINISHED)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', at)]),
          eb.and([eb('status', '=', 'sending'), eb('lease_expires_at', '<=', at)]),
        ]),
      )
      .orderBy('urgent', 'desc')
      .orderBy('next_attempt_at')
      .orderBy('created_at')
      .orderBy('seq')
      .limit(limit);
    if (this.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('outbox')
      .set({
        status: 'sending',
        lease_owner: owner,
        lease_expires_at: leaseUntil.toISOString(),
        updated_at: at,
      })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.map(toItem).sort(inOrder);
  }

  async markSent(
    id: string,
    owner: string,
    activityId: string | undefined,
    at: Date,
    conversationId?: string,
  ): Promise<boolean> {
    const now = at.toISOString();
    return this.finish(id, owner, {
      payload: SENT_PAYLOAD,
      status: 'sent',
      activity_id: activityId ?? null,
      // A person's message learns its conversation only when sent: kept to update or delete it later.
      ...(conversationId ? { conversation_id: conversationId } : {}),
      sent_at: now,
      updated_at: now,
    });
  }

  async reschedule(
    id: string,
    owner: string,
    nextAttemptAt: Date,
    error: string,
    at: Date,
  ): Promise<boolean> {
    return this.finish(id, owner, {
      status: 'pending',
      next_attempt_at: nextAttemptAt.toISOString(),
      last_error: error,
      updated_at: at.toISOString(),
    });
  }

  async markFailed(id: string, owner: string, error: string, at: Date): Promise<boolean> {
    return this.finish(id, owner, {
      payload: SENT_PAYLOAD,
      status: 'failed',
      last_error: error,
      updated_at: at.toISOString(),
    });
  }

  async release(ids: readonly string[], owner: string, nextAttemptAt: Date, at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        next_attempt_at: nextAttemptAt.toISOString(),
        lease_owner: null,
        lease_expires_at: null,
        updated_at: at.toISOString(),
      })
      .where('id', 'in', [...ids])
      .where('lease_owner', '=', owner)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async setConversation(id: string, owner: string, conversationId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set({ conversation_id: conversationId, updated_at: at.toISOString() })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async cancel(purpose: string, at: Date): Promise<number> {
    const now = at.toISOString();
    const result = await this.db
      .updateTable('outbox')
      .set({
        payload: SENT_PAYLOAD,
        status: 'cancelled',
        lease_owner: null,
        lease_expires_at: null,
        updated_at: now,
      })
      .where('purpose', '=', purpose)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'pending'),
          eb.and([eb('status', '=', 'sending'), eb('lease_expires_at', '<=', now)]),
        ]),
      )
      .executeTakeFirst();
    const cancelled = Number(result.numUpdatedRows);
    if (cancelled > 0) this.scrub.request();
    return cancelled;
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const row = await this.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toItem(row);
  }

  async sentActivities(purposes: readonly string[]): Promise<SentActivity[]> {
    if (purposes.length === 0) return [];
    const rows = await this.db
      .selectFrom('outbox')
      .select(['purpose', 'idempotency_key', 'conversation_id', 'activity_id'])
      .where('purpose', 'in', [...purposes])
      .where('status', '=', 'sent')
      .where('operation', '=', 'send')
      .where('activity_id', 'is not', null)
      .where('conversation_id', 'is not', null)
      .orderBy('sent_at')
      .orderBy('idempotency_key')
      .execute();
    return rows.map((row) => ({
      purpose: row.purpose,
      idempotencyKey: row.idempotency_key,
      conversationId: row.conversation_id!,
      activityId: row.activity_id!,
    }));
  }

  async purposeCounts(purpose: string, since: Date): Promise<PurposeCounts> {
    const rows = await this.db
      .selectFrom('outbox')
      .select((eb) => ['status', eb.fn.countAll<string | number>().as('n')])
      .where('purpose', '=', purpose)
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.n);
    const sent = await this.db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn.min('sent_at').as('first'),
        eb.fn.max('sent_at').as('last'),
        eb.fn.count<string | number>('id').filterWhere('sent_at', '>=', since.toISOString()).as('recent'),
      ])
      .where('purpose', '=', purpose)
      .where('status', '=', 'sent')
      .executeTakeFirstOrThrow();
    const failed = !counts.failed
      ? []
      : await this.db
          .selectFrom('outbox')
          .select((eb) => ['last_error', eb.fn.countAll<string | number>().as('n')])
          .where('purpose', '=', purpose)
          .where('status', '=', 'failed')
          .groupBy('last_error')
          .execute();
    return {
      counts,
      failures: Object.fromEntries(failed.map((row) => [row.last_error ?? 'unknown', Number(row.n)])),
      sentSince: Number(sent.recent),
      firstSentAt: sent.first ? new Date(sent.first) : undefined,
      lastSentAt: sent.last ? new Date(sent.last) : undefined,
    };
  }

  async queueStats(): Promise<QueueStats> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => [eb.fn.countAll<string | number>().as('depth'), eb.fn.min('created_at').as('oldest')])
      .where(UNFINISHED)
      .executeTakeFirstOrThrow();
    return {
      depth: Number(row.depth),
      oldestPendingCreatedAt: row.oldest ? new Date(row.oldest) : undefined,
    };
  }

  /** Records the outcome of an attempt, only while `owner` still holds the lease. */
  private async finish(
    id: string,
    owner: string,
    changes: Partial<Omit<Selectable<OutboxTable>, 'attempts'>>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        ...changes,
        attempts: eb('attempts', '+', 1),
        lease_owner: null,
        lease_expires_at: null,
      }))
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    const finished = result.numUpdatedRows > 0n;
    if (finished && changes.payload === SENT_PAYLOAD) this.scrub.request();
    return finished;
  }
}
