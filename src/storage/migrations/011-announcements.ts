import type { Kysely, Migration } from 'kysely';

/**
 * Announcements, their recipients, acknowledgements and audit log; and outbox messages that update or delete a
 * sent activity (editing and retracting after sending).
 * @remarks AVG: the text lives in `announcements` only, and goes with it when the announcement is deleted (its
 * recipients and acknowledgements go too). Nothing a person typed to the bot is stored here: an acknowledgement is
 * a person's id, name and the time they pressed the button. The audit log keeps the title and counts, never the
 * text. Existing outbox rows are new activities (`send`).
 */
export const announcements: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('outbox')
      .addColumn('operation', 'text', (c) => c.notNull().defaultTo('send'))
      .execute();
    await db.schema.alterTable('outbox').addColumn('target_activity_id', 'text').execute();

    await db.schema
      .createTable('announcements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('image_url', 'text')
      .addColumn('buttons', 'text', (c) => c.notNull())
      .addColumn('acknowledge', 'integer', (c) => c.notNull())
      .addColumn('reminder_days', 'integer')
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('author_name', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('send_at', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('enqueued_at', 'text')
      .addColumn('finished_at', 'text')
      .addColumn('cancelled_at', 'text')
      .addColumn('retracted_at', 'text')
      .addColumn('retract_done_at', 'text')
      .addColumn('reminded_at', 'text')
      .execute();
    await db.schema
      .createIndex('announcements_status')
      .on('announcements')
      .columns(['status', 'send_at'])
      .execute();

    await db.schema
      .createTable('announcement_recipients')
      .addColumn('announcement_id', 'text', (c) =>
        c.notNull().references('announcements.id').onDelete('cascade'),
      )
      .addColumn('recipient_key', 'text', (c) => c.notNull())
      .addColumn('outbox_key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('aad_object_id', 'text')
      .addColumn('conversation_id', 'text')
      .addColumn('display_name', 'text')
      .addColumn('lang', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('announcement_recipients_pk', ['announcement_id', 'recipient_key'])
      .execute();

    await db.schema
      .createTable('announcement_acks')
      .addColumn('announcement_id', 'text', (c) =>
        c.notNull().references('announcements.id').onDelete('cascade'),
      )
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text')
      .addColumn('acknowledged_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('announcement_acks_pk', ['announcement_id', 'aad_object_id'])
      .execute();

    // No foreign key: the log outlives the announcement it speaks of.
    await db.schema
      .createTable('announcement_audit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('announcement_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .execute();
    await db.schema
      .createIndex('announcement_audit_by_announcement')
      .on('announcement_audit')
      .columns(['announcement_id', 'at'])
      .execute();
    await db.schema.createIndex('announcement_audit_at').on('announcement_audit').column('at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('announcement_audit').execute();
    await db.schema.dropTable('announcement_acks').execute();
    await db.schema.dropTable('announcement_recipients').execute();
    await db.schema.dropTable('announcements').execute();
    await db.schema.alterTable('outbox').dropColumn('target_activity_id').execute();
    await db.schema.alterTable('outbox').dropColumn('operation').execute();
  },
};
