import type { Kysely, Migration } from 'kysely';

/**
 * Questions people chose to send to the knowledge base's editors, after a warning to leave out names and
 * addresses. No person is stored with them.
 */
export const editorQuestions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('editor_questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('editor_questions').execute();
  },
};
