import { sql, type Kysely, type Migration } from 'kysely';

/** The outbox of proactive messages and the tenant's shared send budget. */
export const delivery: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text')
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('activity_id', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      // Position within its enqueue call: keeps messages enqueued together (same created_at) in order.
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    // Only unfinished rows are ever claimed: a partial index stays small however many sent rows pile up.
    await db.schema
      .createIndex('outbox_due')
      .on('outbox')
      .columns(['next_attempt_at', 'created_at', 'seq'])
      .where(sql.ref('status'), 'in', ['pending', 'sending'])
      .execute();
    await db.schema
      .createIndex('outbox_purpose')
      .on('outbox')
      .columns(['purpose', 'status', 'sent_at'])
      .execute();

    await db.schema
      .createTable('delivery_budget')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('next_free_ms', 'double precision', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('delivery_budget').execute();
    await db.schema.dropTable('outbox').execute();
  },
};
