import type { Kysely, Migration } from 'kysely';

/**
 * A team's name beside its installation rows, as Teams sends it when the app is added and when the team is
 * renamed: so that an admin picks a team by name, not by its `19:…@thread.tacv2` id.
 */
export const teamNames: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('installations').addColumn('team_name', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('installations').dropColumn('team_name').execute();
  },
};
