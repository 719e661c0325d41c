import type { Kysely, Migration } from 'kysely';

/**
 * The editors' handling of a question sent to them: when it was read and when it was handled. Who did it is in
 * `admin_audit`, not here, so a question row still holds nobody's id.
 */
export const editorQuestionStatus: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('editor_questions').addColumn('read_at', 'text').execute();
    await db.schema.alterTable('editor_questions').addColumn('handled_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('editor_questions').dropColumn('handled_at').execute();
    await db.schema.alterTable('editor_questions').dropColumn('read_at').execute();
  },
};
