import type { Kysely, Migration } from 'kysely';

/** Team tab: versioned team checklists, team roles, organisation settings. */
export const teamTab: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('team_checklist_versions')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      // The key makes two concurrent saves of the same version fail instead of losing one.
      .addPrimaryKeyConstraint('team_checklist_versions_pk', ['team_id', 'version'])
      .execute();

    await db.schema
      .createTable('team_roles')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text')
      .addColumn('assigned_by', 'text', (c) => c.notNull())
      .addColumn('assigned_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('team_roles_pk', ['team_id', 'aad_object_id', 'role', 'source'])
      .execute();

    await db.schema
      .createTable('org_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('org_settings').execute();
    await db.schema.dropTable('team_roles').execute();
    await db.schema.dropTable('team_checklist_versions').execute();
  },
};
