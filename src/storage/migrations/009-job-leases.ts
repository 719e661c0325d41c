import type { Kysely, Migration } from 'kysely';

/** One row per scheduled job: the last scheduled time an instance claimed, and how that run ended. */
export const jobLeases: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('job_runs')
      .addColumn('job', 'text', (c) => c.primaryKey())
      .addColumn('slot', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('outcome', 'text')
      .addColumn('summary', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('job_runs').execute();
  },
};
