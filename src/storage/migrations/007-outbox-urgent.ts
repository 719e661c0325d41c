import type { Kysely, Migration } from 'kysely';

/** Urgent outbox messages (a handover note) go before the rest of a large announcement. */
export const outboxUrgent: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('outbox')
      .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').dropColumn('urgent').execute();
  },
};
