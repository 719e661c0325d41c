import type { Kysely, Selectable } from 'kysely';
import type { RecipientRepository, RecipientRow, ReportEntry } from '../announcements';
import type { Database, AnnouncementRecipientTable } from './schema';

/** Rows per insert statement: well under both engines' limits on bound parameters. */
const INSERT_CHUNK = 500;

/**
 * {@link RecipientRepository} on the Voordeur database.
 * @remarks The report joins the outbox by the recipient's idempotency key: how each message went is read where
 * delivery keeps it, not copied.
 */
export class AnnouncementRecipientStore implements RecipientRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(announcementId: string, rows: readonly RecipientRow[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const result = await this.db
        .insertInto('announcement_recipients')
        .values(
          rows.slice(i, i + INSERT_CHUNK).map((r) => ({
            announcement_id: announcementId,
            recipient_key: r.recipientKey,
            outbox_key: r.outboxKey,
            kind: r.kind,
            aad_object_id: r.aadObjectId ?? null,
            conversation_id: r.conversationId ?? null,
            display_name: r.name ?? null,
            lang: r.lang,
          })),
        )
        .onConflict((oc) => oc.columns(['announcement_id', 'recipient_key']).doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return inserted;
  }

  async list(announcementId: string): Promise<RecipientRow[]> {
    const rows = await this.db
      .selectFrom('announcement_recipients')
      .selectAll()
      .where('announcement_id', '=', announcementId)
      .orderBy('recipient_key')
      .execute();
    return rows.map(toRow);
  }

  async acknowledge(
    announcementId: string,
    person: { aadObjectId: string; name?: string },
    at: Date,
  ): Promise<{ acknowledgedAt: Date; first: boolean }> {
    const result = await this.db
      .insertInto('announcement_acks')
      .values({
        announcement_id: announcementId,
        aad_object_id: person.aadObjectId,
        display_name: person.name ?? null,
        acknowledged_at: at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['announcement_id', 'aad_object_id']).doNothing())
      .executeTakeFirst();
    const row = await this.db
      .selectFrom('announcement_acks')
      .select('acknowledged_at')
      .where('announcement_id', '=', announcementId)
      .where('aad_object_id', '=', person.aadObjectId)
      .executeTakeFirstOrThrow();
    return {
      acknowledgedAt: new Date(row.acknowledged_at),
      first: Number(result.numInsertedOrUpdatedRows) > 0,
    };
  }

  async acknowledgements(announcementId: string): Promise<Map<string, Date>> {
    const rows = await this.db
      .selectFrom('announcement_acks')
      .select(['aad_object_id', 'acknowledged_at'])
      .where('announcement_id', '=', announcementId)
      .execute();
    return new Map(rows.map((r) => [r.aad_object_id, new Date(r.acknowledged_at)]));
  }

  async acknowledgedCount(announcementId: string): Promise<number> {
    const row = await this.db
      .selectFrom('announcement_acks')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('announcement_id', '=', announcementId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async awaitingAcknowledgement(announcementId: string): Promise<RecipientRow[]> {
    const rows = await this.db
      .selectFrom('announcement_recipients as r')
      .innerJoin('outbox as o', 'o.idempotency_key', 'r.outbox_key')
      .leftJoin('announcement_acks as a', (join) =>
        join
          .onRef('a.announcement_id', '=', 'r.announcement_id')
          .onRef('a.aad_object_id', '=', 'r.aad_object_id'),
      )
      .selectAll('r')
      .where('r.announcement_id', '=', announcementId)
      .where('r.kind', '=', 'person')
      .where('o.status', '=', 'sent')
      .where('a.aad_object_id', 'is', null)
      .orderBy('r.recipient_key')
      .execute();
    return rows.map(toRow);
  }

  async report(announcementId: string): Promise<ReportEntry[]> {
    const recipients = await this.db
      .selectFrom('announcement_recipients as r')
      .leftJoin('outbox as o', 'o.idempotency_key', 'r.outbox_key')
      .leftJoin('announcement_acks as a', (join) =>
        join
          .onRef('a.announcement_id', '=', 'r.announcement_id')
          .onRef('a.aad_object_id', '=', 'r.aad_object_id'),
      )
      .select([
        'r.kind',
        'r.display_name',
        'r.aad_object_id',
        'r.recipient_key',
        'o.status',
        'o.sent_at',
        'o.last_error',
        'a.acknowledged_at',
      ])
      .where('r.announcement_id', '=', announcementId)
      .orderBy('r.display_name')
      .orderBy('r.recipient_key')
      .execute();
    // People who acknowledged a channel post were no recipient of their own.
    const readers = await this.db
      .selectFrom('announcement_acks as a')
      .select(['a.aad_object_id', 'a.display_name', 'a.acknowledged_at'])
      .where('a.announcement_id', '=', announcementId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('announcement_recipients as r')
              .select('r.recipient_key')
              .whereRef('r.announcement_id', '=', 'a.announcement_id')
              .whereRef('r.aad_object_id', '=', 'a.aad_object_id'),
          ),
        ),
      )
      .orderBy('a.display_name')
      .orderBy('a.aad_object_id')
      .execute();
    return [
      ...recipients.map((r) => ({
        kind: r.kind,
        name: r.display_name ?? undefined,
        aadObjectId: r.aad_object_id ?? undefined,
        status: r.status ?? undefined,
        sentAt: r.sent_at ? new Date(r.sent_at) : undefined,
        lastError: r.last_error ?? undefined,
        acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : undefined,
      })),
      ...readers.map((a) => ({
        kind: 'reader' as const,
        name: a.display_name ?? undefined,
        aadObjectId: a.aad_object_id,
        acknowledgedAt: new Date(a.acknowledged_at),
      })),
    ];
  }
}

function toRow(row: Selectable<AnnouncementRecipientTable>): RecipientRow {
  return {
    recipientKey: row.recipient_key,
    outboxKey: row.outbox_key,
    kind: row.kind,
    aadObjectId: row.aad_object_id ?? undefined,
    conversationId: row.conversation_id ?? undefined,
    name: row.display_name ?? undefined,
    lang: row.lang,
  };
}
