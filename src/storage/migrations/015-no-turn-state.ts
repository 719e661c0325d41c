import type { Kysely, Migration } from 'kysely';

/**
 * The bot keeps no turn state: every flow has its own table or carries its state in the card, so `bot_state` was
 * read on every turn and never written. Dropped with whatever it held (turn state of the framework, never what
 * people typed).
 */
export const noTurnState: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropTable('bot_state').ifExists().execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable('bot_state')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('etag', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
