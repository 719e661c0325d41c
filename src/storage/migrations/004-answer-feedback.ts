import type { Kysely, Migration } from 'kysely';

/**
 * Guidance quality: feedback on answers and a daily count of unanswered questions.
 * @remarks Neither table holds question text or who asked: only the topic, the language and the verdict.
 */
export const answerFeedback: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('answer_feedback')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('topic_id', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('helpful', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('answer_feedback_topic')
      .on('answer_feedback')
      .columns(['topic_id', 'day'])
      .execute();

    await db.schema
      .createTable('unanswered_daily')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('unanswered_daily_pk', ['day', 'lang'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('unanswered_daily').execute();
    await db.schema.dropTable('answer_feedback').execute();
  },
};
