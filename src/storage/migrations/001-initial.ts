import type { Kysely, Migration } from 'kysely';

/** Directory (installations, people) and the bot's turn state. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('installations')
      .addColumn('conversation_id', 'text', (c) => c.primaryKey())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('tenant_id', 'text')
      .addColumn('team_id', 'text')
      .addColumn('aad_object_id', 'text')
      .addColumn('service_url', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('installed_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('uninstalled_at', 'text')
      .addColumn('gone_at', 'text')
      .addColumn('gone_reason', 'text')
      .execute();
    await db.schema.createIndex('installations_team').on('installations').column('team_id').execute();
    await db.schema
      .createIndex('installations_person')
      .on('installations')
      .columns(['aad_object_id', 'scope'])
      .execute();

    await db.schema
      .createTable('people')
      .addColumn('aad_object_id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text')
      .addColumn('display_name', 'text')
      .addColumn('locale', 'text')
      .addColumn('email', 'text')
      .addColumn('user_principal_name', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('bot_state')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('etag', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('bot_state').execute();
    await db.schema.dropTable('people').execute();
    await db.schema.dropTable('installations').execute();
  },
};
