import type { Kysely, Migration } from 'kysely';

/**
 * Started "ik zie iets" flows: who started one, for which team, until when its cards work, how it ended.
 * Nothing the person typed: that travels in the cards.
 */
export const seenFlows: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('seen_flows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('outcome', 'text')
      .execute();
    await db.schema.createIndex('seen_flows_expires').on('seen_flows').column('expires_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('seen_flows').execute();
  },
};
