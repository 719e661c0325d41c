import type { Kysely } from 'kysely';
import type { TeamMemberRepository } from '../directory/team-members';
import type { Database } from './schema';

/** Rows per insert: well under both engines' limits on bound parameters. */
const CHUNK = 500;

/** {@link TeamMemberRepository} on the Voordeur database. */
export class TeamMemberStore implements TeamMemberRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async replaceMembers(teamId: string, aadObjectIds: readonly string[], at: Date): Promise<void> {
    const ids = [...new Set(aadObjectIds)];
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('team_members').where('team_id', '=', teamId).execute();
      for (let i = 0; i < ids.length; i += CHUNK) {
        await trx
          .insertInto('team_members')
          .values(
            ids
              .slice(i, i + CHUNK)
              .map((id) => ({ team_id: teamId, aad_object_id: id, updated_at: at.toISOString() })),
          )
          .execute();
      }
    });
  }

  async lastRead(): Promise<Map<string, Date>> {
    const rows = await this.db
      .selectFrom('team_members')
      .select((eb) => ['team_id', eb.fn.min('updated_at').as('read_at')])
      .groupBy('team_id')
      .execute();
    return new Map(rows.map((r) => [r.team_id, new Date(r.read_at)]));
  }

  async teamsOf(aadObjectId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('team_members')
      .select('team_id')
      .where('aad_object_id', '=', aadObjectId)
      .orderBy('team_id')
      .execute();
    return rows.map((r) => r.team_id);
  }

  async membersOf(teamId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('team_members')
      .select('aad_object_id')
      .where('team_id', '=', teamId)
      .orderBy('aad_object_id')
      .execute();
    return rows.map((r) => r.aad_object_id);
  }
}
