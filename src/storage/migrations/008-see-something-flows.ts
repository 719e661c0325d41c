import type { Kysely, Migration } from 'kysely';

/** "Ik zie iets" has one name in code: `seen_flows` becomes `see_something_flows`, its index likewise. */
export const seeSomethingFlows: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('seen_flows_expires').execute();
    await db.schema.alterTable('seen_flows').renameTo('see_something_flows').execute();
    await db.schema
      .createIndex('see_something_flows_expires')
      .on('see_something_flows')
      .column('expires_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('see_something_flows_expires').execute();
    await db.schema.alterTable('see_something_flows').renameTo('seen_flows').execute();
    await db.schema.createIndex('seen_flows_expires').on('seen_flows').column('expires_at').execute();
  },
};
