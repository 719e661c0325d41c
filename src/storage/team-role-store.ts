import type { Kysely, Selectable } from 'kysely';
import type {
  RoleSource,
  TeamRole,
  TeamRoleAssignment,
  TeamRoleRepository,
} from '../checklists/repositories';
import type { Database, TeamRoleTable } from './schema';

/** {@link TeamRoleRepository} on the Voordeur database. */
export class TeamRoleStore implements TeamRoleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async assign(a: TeamRoleAssignment): Promise<void> {
    const values = {
      team_id: a.teamId,
      aad_object_id: a.aadObjectId,
      role: a.role,
      source: a.source,
      display_name: a.displayName ?? null,
      assigned_by: a.assignedBy,
      assigned_at: a.assignedAt.toISOString(),
    };
    await this.db
      .insertInto('team_roles')
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['team_id', 'aad_object_id', 'role', 'source'])
          .doUpdateSet({ display_name: values.display_name, assigned_by: values.assigned_by }),
      )
      .execute();
  }

  async remove(teamId: string, aadObjectId: string, role: TeamRole, source: RoleSource): Promise<boolean> {
    const result = await this.db
      .deleteFrom('team_roles')
      .where('team_id', '=', teamId)
      .where('aad_object_id', '=', aadObjectId)
      .where('role', '=', role)
      .where('source', '=', source)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async has(teamId: string, aadObjectId: string, role: TeamRole): Promise<boolean> {
    const row = await this.db
      .selectFrom('team_roles')
      .select('team_id')
      .where('team_id', '=', teamId)
      .where('aad_object_id', '=', aadObjectId)
      .where('role', '=', role)
      .executeTakeFirst();
    return row !== undefined;
  }

  async list(teamId: string): Promise<TeamRoleAssignment[]> {
    const rows = await this.db
      .selectFrom('team_roles')
      .selectAll()
      .where('team_id', '=', teamId)
      .orderBy('assigned_at')
      .orderBy('aad_object_id')
      .execute();
    return rows.map(toAssignment);
  }

  async replaceRosterOwners(
    teamId: string,
    owners: { aadObjectId: string; displayName?: string }[],
    at: Date,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('team_roles')
        .where('team_id', '=', teamId)
        .where('source', '=', 'roster')
        .execute();
      if (owners.length === 0) return;
      await trx
        .insertInto('team_roles')
        .values(
          owners.map((o) => ({
            team_id: teamId,
            aad_object_id: o.aadObjectId,
            role: 'manager' as const,
            source: 'roster' as const,
            display_name: o.displayName ?? null,
            assigned_by: 'roster',
            assigned_at: at.toISOString(),
          })),
        )
        .execute();
    });
  }
}

function toAssignment(row: Selectable<TeamRoleTable>): TeamRoleAssignment {
  return {
    teamId: row.team_id,
    aadObjectId: row.aad_object_id,
    role: row.role,
    source: row.source,
    displayName: row.display_name ?? undefined,
    assignedBy: row.assigned_by,
    assignedAt: new Date(row.assigned_at),
  };
}
