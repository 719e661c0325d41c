import type { Kysely, Selectable, Updateable } from 'kysely';
import type {
  Announcement,
  AnnouncementContent,
  AnnouncementDraft,
  AnnouncementMoment,
  AnnouncementRepository,
  AnnouncementStatus,
  Audience,
  LinkButton,
} from '../announcements';
import type { Database, AnnouncementTable } from './schema';

const MOMENT_COLUMNS = {
  enqueuedAt: 'enqueued_at',
  finishedAt: 'finished_at',
  retractDoneAt: 'retract_done_at',
  remindedAt: 'reminded_at',
} as const satisfies Record<AnnouncementMoment, keyof AnnouncementTable>;

/** {@link AnnouncementRepository} on the Voordeur database. Every change is one conditional UPDATE. */
export class AnnouncementStore implements AnnouncementRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(a: Announcement): Promise<void> {
    await this.db
      .insertInto('announcements')
      .values({
        id: a.id,
        ...draftColumns(a),
        status: a.status,
        revision: a.revision,
        author_id: a.authorId,
        author_name: a.authorName ?? null,
        created_at: a.createdAt.toISOString(),
        updated_at: a.updatedAt.toISOString(),
        send_at: a.sendAt?.toISOString() ?? null,
        sent_at: null,
        enqueued_at: null,
        finished_at: null,
        cancelled_at: null,
        retracted_at: null,
        retract_done_at: null,
        reminded_at: null,
      })
      .execute();
  }

  async get(id: string): Promise<Announcement | undefined> {
    const row = await this.db.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAnnouncement(row);
  }

  async list(): Promise<Announcement[]> {
    const rows = await this.db
      .selectFrom('announcements')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toAnnouncement);
  }

  saveDraft(id: string, revision: number, draft: AnnouncementDraft, at: Date): Promise<boolean> {
    return this.save(id, revision, ['draft', 'scheduled'], draftColumns(draft), at);
  }

  saveContent(id: string, revision: number, content: AnnouncementContent, at: Date): Promise<boolean> {
    return this.save(id, revision, ['sent', 'cancelled'], contentColumns(content), at);
  }

  async transition(
    id: string,
    from: readonly AnnouncementStatus[],
    to: AnnouncementStatus,
    at: Date,
    times: { sendAt?: Date; sentAt?: Date; finishedAt?: Date; cancelledAt?: Date; retractedAt?: Date } = {},
  ): Promise<boolean> {
    const set: Updateable<AnnouncementTable> = { status: to, updated_at: at.toISOString() };
    // Only the times given are written: a time set by an earlier step stays.
    const given = {
      send_at: times.sendAt,
      sent_at: times.sentAt,
      finished_at: times.finishedAt,
      cancelled_at: times.cancelledAt,
      retracted_at: times.retractedAt,
    };
    for (const [column, time] of Object.entries(given)) {
      if (time) set[column as keyof typeof given] = time.toISOString();
    }
    const result = await this.db
      .updateTable('announcements')
      .set(set)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async mark(id: string, moment: AnnouncementMoment, at: Date): Promise<boolean> {
    const column = MOMENT_COLUMNS[moment];
    const result = await this.db
      .updateTable('announcements')
      .set({ [column]: at.toISOString() })
      .where('id', '=', id)
      .where(column, 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async dueScheduled(now: Date): Promise<Announcement[]> {
    const rows = await this.db
      .selectFrom('announcements')
      .selectAll()
      .where('status', '=', 'scheduled')
      .where('send_at', '<=', now.toISOString())
      .orderBy('send_at')
      .execute();
    return rows.map(toAnnouncement);
  }

  async inStatus(statuses: readonly AnnouncementStatus[]): Promise<Announcement[]> {
    if (statuses.length === 0) return [];
    const rows = await this.db
      .selectFrom('announcements')
      .selectAll()
      .where('status', 'in', [...statuses])
      .orderBy('created_at')
      .execute();
    return rows.map(toAnnouncement);
  }

  async remove(id: string): Promise<boolean> {
    // The foreign keys delete recipients and acknowledgements with it; said here too, for a database without them.
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('announcement_acks').where('announcement_id', '=', id).execute();
      await trx.deleteFrom('announcement_recipients').where('announcement_id', '=', id).execute();
      const result = await trx.deleteFrom('announcements').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  private async save(
    id: string,
    revision: number,
    statuses: AnnouncementStatus[],
    columns: Updateable<AnnouncementTable>,
    at: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('announcements')
      .set({ ...columns, revision: revision + 1, updated_at: at.toISOString() })
      .where('id', '=', id)
      .where('revision', '=', revision)
      .where('status', 'in', statuses)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

function contentColumns(c: AnnouncementContent) {
  return { title: c.title, body: c.body, image_url: c.imageUrl ?? null, buttons: JSON.stringify(c.buttons) };
}

function draftColumns(d: AnnouncementDraft) {
  return {
    ...contentColumns(d),
    audience: JSON.stringify(d.audience),
    acknowledge: d.acknowledge ? 1 : 0,
    reminder_days: d.reminderAfterDays ?? null,
  };
}

function toAnnouncement(row: Selectable<AnnouncementTable>): Announcement {
  const date = (value: string | null) => (value ? new Date(value) : undefined);
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    imageUrl: row.image_url ?? undefined,
    buttons: JSON.parse(row.buttons) as LinkButton[],
    audience: JSON.parse(row.audience) as Audience,
    acknowledge: row.acknowledge === 1,
    reminderAfterDays: row.reminder_days ?? undefined,
    status: row.status,
    revision: row.revision,
    authorId: row.author_id,
    authorName: row.author_name ?? undefined,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    sendAt: date(row.send_at),
    sentAt: date(row.sent_at),
    enqueuedAt: date(row.enqueued_at),
    finishedAt: date(row.finished_at),
    cancelledAt: date(row.cancelled_at),
    retractedAt: date(row.retracted_at),
    retractDoneAt: date(row.retract_done_at),
    remindedAt: date(row.reminded_at),
  };
}
