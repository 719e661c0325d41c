import type { Kysely, Migration } from 'kysely';

/**
 * Announcements: outbox messages that update or delete a sent activity (editing and retracting after sending).
 * @remarks Existing rows are new activities (`send`); `target_activity_id` names the activity an update or delete
 * changes.
 */
export const announcements: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('outbox')
      .addColumn('operation', 'text', (c) => c.notNull().defaultTo('send'))
      .execute();
    await db.schema.alterTable('outbox').addColumn('target_activity_id', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').dropColumn('target_activity_id').execute();
    await db.schema.alterTable('outbox').dropColumn('operation').execute();
  },
};
