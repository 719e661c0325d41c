import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  PersonDataAudit,
  PersonDataRepository,
  PersonErasure,
  PersonExport,
} from '../directory/person-data';
import type { Database } from './schema';

/** What replaces a person's id where a row stays because others rely on it (a checklist's history, an audit). */
export const ERASED = 'erased';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every row about one person, found by their Entra object id: to export (AVG art. 15) or erase (art. 17).
 * @remarks Message contents in the outbox are never exported: a handover note there is about someone else. A
 * checklist version's content is left out too (it holds the team's contacts, not the person's data). The audit
 * lines of exports and erasures (`admin_audit`) are kept on erasure: they show that a request was carried out; an
 * admin's lines about questions to the editors are anonymised.
 */
export class PersonDataStore implements PersonDataRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async export(id: string): Promise<PersonExport> {
    const db = this.db;
    return {
      people: await db.selectFrom('people').selectAll().where('aad_object_id', '=', id).execute(),
      installations: await db
        .selectFrom('installations')
        .selectAll()
        .where('aad_object_id', '=', id)
        .execute(),
      team_members: await db.selectFrom('team_members').selectAll().where('aad_object_id', '=', id).execute(),
      team_roles: await db
        .selectFrom('team_roles')
        .selectAll()
        .where((eb) => eb.or([eb('aad_object_id', '=', id), eb('assigned_by', '=', id)]))
        .execute(),
      team_checklist_versions: await db
        .selectFrom('team_checklist_versions')
        .select(['team_id', 'version', 'at', 'actor_id', 'actor_name', 'summary'])
        .where('actor_id', '=', id)
        .execute(),
      org_settings: await db
        .selectFrom('org_settings')
        .selectAll()
        .where((eb) => eb.or([eb('updated_by', '=', id), eb('value', 'like', `%"${id}"%`)]))
        .execute(),
      see_something_flows: await db
        .selectFrom('see_something_flows')
        .selectAll()
        .where('owner_id', '=', id)
        .execute(),
      outbox: await db
        .selectFrom('outbox')
        .select(['id', 'purpose', 'status', 'attempts', 'created_at', 'updated_at', 'sent_at', 'last_error'])
        .where('recipient', 'like', recipientPattern(id))
        .execute(),
      training_records: await byPerson(db, 'training_records', id),
      training_reminders: await byPerson(db, 'training_reminders', id),
      training_snoozes: await byPerson(db, 'training_snoozes', id),
      training_claims: await db
        .selectFrom('training_claims')
        .selectAll()
        .where((eb) => eb.or([eb('aad_object_id', '=', id), eb('decided_by', '=', id)]))
        .execute(),
      announcements: await db
        .selectFrom('announcements')
        .select(['id', 'title', 'status', 'author_id', 'author_name', 'created_at'])
        .where('author_id', '=', id)
        .execute(),
      announcement_recipients: await byPerson(db, 'announcement_recipients', id),
      announcement_acks: await byPerson(db, 'announcement_acks', id),
      announcement_audit: await db
        .selectFrom('announcement_audit')
        .select(['announcement_id', 'title', 'action', 'actor_id', 'actor_name', 'at'])
        .where('actor_id', '=', id)
        .execute(),
      admin_audit: await db
        .selectFrom('admin_audit')
        .selectAll()
        .where((eb) => eb.or([eb('subject_id', '=', id), eb('actor_id', '=', id)]))
        .orderBy('at')
        .execute(),
    };
  }

  async erase(id: string, at: Date): Promise<PersonErasure> {
    return this.db.transaction().execute(async (trx) => {
      const stillNamedIn = await namedAsContact(trx, id);
      const n = (r: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
        Number(r.numDeletedRows ?? r.numUpdatedRows ?? 0);
      const del = async (table: PersonTable) =>
        n(await trx.deleteFrom(table).where('aad_object_id', '=', id).executeTakeFirst());
      const deleted: Record<string, number> = {
        people: await del('people'),
        installations: await del('installations'),
        team_members: await del('team_members'),
        team_roles: await del('team_roles'),
        see_something_flows: n(
          await trx.deleteFrom('see_something_flows').where('owner_id', '=', id).executeTakeFirst(),
        ),
        outbox: n(
          await trx.deleteFrom('outbox').where('recipient', 'like', recipientPattern(id)).executeTakeFirst(),
        ),
        training_records: await del('training_records'),
        training_reminders: await del('training_reminders'),
        training_snoozes: await del('training_snoozes'),
        training_claims: await del('training_claims'),
        announcement_recipients: await del('announcement_recipients'),
        announcement_acks: await del('announcement_acks'),
      };
      const erased = at.toISOString();
      const anonymised: Record<string, number> = {
        team_roles: n(
          await trx
            .updateTable('team_roles')
            .set({ assigned_by: ERASED })
            .where('assigned_by', '=', id)
            .executeTakeFirst(),
        ),
        team_checklist_versions: n(
          await trx
            .updateTable('team_checklist_versions')
            .set({ actor_id: ERASED, actor_name: null })
            .where('actor_id', '=', id)
            .executeTakeFirst(),
        ),
        org_settings: n(
          await trx
            .updateTable('org_settings')
            .set({ updated_by: ERASED })
            .where('updated_by', '=', id)
            .executeTakeFirst(),
        ),
        training_claims: n(
          await trx
            .updateTable('training_claims')
            .set({ decided_by: ERASED })
            .where('decided_by', '=', id)
            .executeTakeFirst(),
        ),
        announcements: n(
          await trx
            .updateTable('announcements')
            .set({ author_id: ERASED, author_name: null, updated_at: erased })
            .where('author_id', '=', id)
            .executeTakeFirst(),
        ),
        announcement_audit: n(
          await trx
            .updateTable('announcement_audit')
            .set({ actor_id: ERASED, actor_name: null })
            .where('actor_id', '=', id)
            .executeTakeFirst(),
        ),
        // What an admin did with questions to the editors; their exports and erasures of people stay named.
        admin_audit: n(
          await trx
            .updateTable('admin_audit')
            .set({ actor_id: ERASED })
            .where('actor_id', '=', id)
            .where('action', 'in', ['editor-question-marked', 'editor-question-deleted'])
            .executeTakeFirst(),
        ),
      };
      return { deleted, anonymised, stillNamedIn };
    });
  }

  async audit(entry: PersonDataAudit): Promise<void> {
    await this.db
      .insertInto('admin_audit')
      .values({
        id: randomUUID(),
        action: entry.action,
        actor_id: entry.actorId,
        subject_id: entry.subjectId,
        at: entry.at.toISOString(),
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
      })
      .execute();
  }

  async auditOf(subjectId: string): Promise<PersonDataAudit[]> {
    const rows = await this.db
      .selectFrom('admin_audit')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .where('action', 'in', ['person-exported', 'person-erased'])
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      action: r.action as PersonDataAudit['action'],
      actorId: r.actor_id,
      subjectId: r.subject_id,
      at: new Date(r.at),
      ...(r.detail ? { detail: JSON.parse(r.detail) as Record<string, number> } : {}),
    }));
  }
}

type PersonTable =
  | 'people'
  | 'installations'
  | 'team_members'
  | 'team_roles'
  | 'training_records'
  | 'training_reminders'
  | 'training_snoozes'
  | 'training_claims'
  | 'announcement_recipients'
  | 'announcement_acks';

function byPerson(db: Db, table: PersonTable, id: string) {
  return db.selectFrom(table).selectAll().where('aad_object_id', '=', id).execute() as Promise<
    Record<string, unknown>[]
  >;
}

/** An outbox recipient is stored as JSON: `{"kind":"person","aadObjectId":"…",…}`. */
const recipientPattern = (id: string) => `%"aadObjectId":"${id}"%`;

/** Where the person is a contact that a manager or admin chose: their current checklist, the organisation's. */
async function namedAsContact(db: Db, id: string): Promise<string[]> {
  const named: string[] = [];
  const org = await db
    .selectFrom('org_settings')
    .select('value')
    .where('key', '=', 'org-aandachtsfunctionaris')
    .executeTakeFirst();
  if (org && (JSON.parse(org.value) as { aadObjectId?: string }).aadObjectId === id)
    named.push('organisation');
  const versions = await db
    .selectFrom('team_checklist_versions')
    .select(['team_id', 'version', 'content'])
    .where('content', 'like', `%"${id}"%`)
    .orderBy('team_id')
    .orderBy('version', 'desc')
    .execute();
  const latest = new Map<string, number>();
  for (const row of await db
    .selectFrom('team_checklist_versions')
    .select((eb) => ['team_id', eb.fn.max('version').as('version')])
    .groupBy('team_id')
    .execute()) {
    latest.set(row.team_id, Number(row.version));
  }
  for (const v of versions) {
    if (latest.get(v.team_id) !== v.version) continue;
    const contacts = (
      JSON.parse(v.content) as { contacts?: Record<string, { aadObjectId?: string } | undefined> }
    ).contacts;
    if (Object.values(contacts ?? {}).some((c) => c?.aadObjectId === id)) named.push(`team:${v.team_id}`);
  }
  return named;
}
