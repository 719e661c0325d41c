import type { Kysely, Migration } from 'kysely';

/**
 * The audit log of admin actions on a person's data (AVG articles 15 and 17): who exported or erased whose data,
 * when, and how many rows. It keeps the subject's Entra object id so that an admin can show that a request was
 * carried out; no other data about them.
 */
export const adminAudit: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('admin_audit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('admin_audit_subject').on('admin_audit').column('subject_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('admin_audit').execute();
  },
};
