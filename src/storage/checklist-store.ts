import type { Kysely, Selectable } from 'kysely';
import type { ChecklistRepository } from '../checklists/repositories';
import { VersionConflictError } from '../checklists/repositories';
import type { ChecklistVersion } from '../checklists/types';
import type { Database, TeamChecklistVersionTable } from './schema';
import { isUniqueViolation } from './unique-violation';

/** {@link ChecklistRepository} on the Voordeur database: one row per version. */
export class ChecklistStore implements ChecklistRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async latest(teamId: string): Promise<ChecklistVersion | undefined> {
    const row = await this.db
      .selectFrom('team_checklist_versions')
      .selectAll()
      .where('team_id', '=', teamId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toVersion(row);
  }

  async get(teamId: string, version: number): Promise<ChecklistVersion | undefined> {
    const row = await this.db
      .selectFrom('team_checklist_versions')
      .selectAll()
      .where('team_id', '=', teamId)
      .where('version', '=', version)
      .executeTakeFirst();
    return row && toVersion(row);
  }

  async history(teamId: string, limit: number): Promise<ChecklistVersion[]> {
    const rows = await this.db
      .selectFrom('team_checklist_versions')
      .selectAll()
      .where('team_id', '=', teamId)
      .orderBy('version', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toVersion);
  }

  async append(version: ChecklistVersion): Promise<void> {
    try {
      await this.db
        .insertInto('team_checklist_versions')
        .values({
          team_id: version.teamId,
          version: version.version,
          at: version.at.toISOString(),
          actor_id: version.actorId,
          actor_name: version.actorName ?? null,
          summary: JSON.stringify(version.summary),
          content: JSON.stringify(version.content),
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new VersionConflictError(version.teamId, version.version);
      throw error;
    }
  }
}

function toVersion(row: Selectable<TeamChecklistVersionTable>): ChecklistVersion {
  return {
    teamId: row.team_id,
    version: Number(row.version),
    at: new Date(row.at),
    actorId: row.actor_id,
    actorName: row.actor_name ?? undefined,
    summary: JSON.parse(row.summary) as ChecklistVersion['summary'],
    content: JSON.parse(row.content) as ChecklistVersion['content'],
  };
}
