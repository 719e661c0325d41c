import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntry, AuditLog } from '../announcements';
import type { Database } from './schema';

/** {@link AuditLog} on the Voordeur database. */
export class AnnouncementAuditStore implements AuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('announcement_audit')
      .values({
        id: randomUUID(),
        announcement_id: entry.announcementId,
        title: entry.title,
        action: entry.action,
        actor_id: entry.actorId,
        actor_name: entry.actorName ?? null,
        at: entry.at.toISOString(),
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
      })
      .execute();
  }

  async list(options: { announcementId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let query = this.db
      .selectFrom('announcement_audit')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id')
      .limit(options.limit ?? 500);
    if (options.announcementId) query = query.where('announcement_id', '=', options.announcementId);
    const rows = await query.execute();
    return rows.map((row) => ({
      announcementId: row.announcement_id,
      title: row.title,
      action: row.action as AuditAction,
      actorId: row.actor_id,
      actorName: row.actor_name ?? undefined,
      at: new Date(row.at),
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, string | number>) : undefined,
    }));
  }
}
