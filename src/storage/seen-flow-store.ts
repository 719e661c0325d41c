import type { Kysely, Selectable } from 'kysely';
import type { FlowOutcome, SeenFlow, SeenFlowRepository } from '../guidance/see-something/flow';
import type { Database, SeenFlowTable } from './schema';

/** {@link SeenFlowRepository} on the Voordeur database. */
export class SeenFlowStore implements SeenFlowRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(flow: SeenFlow): Promise<void> {
    await this.db
      .insertInto('seen_flows')
      .values({
        id: flow.id,
        owner_id: flow.ownerId,
        team_id: flow.teamId ?? null,
        created_at: flow.createdAt.toISOString(),
        expires_at: flow.expiresAt.toISOString(),
        finished_at: null,
        outcome: null,
      })
      .execute();
  }

  async get(id: string): Promise<SeenFlow | undefined> {
    const row = await this.db.selectFrom('seen_flows').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toFlow(row);
  }

  async finish(id: string, outcome: FlowOutcome, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('seen_flows')
      .set({ finished_at: at.toISOString(), outcome })
      .where('id', '=', id)
      .where('finished_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('seen_flows')
      .where('expires_at', '<=', now.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toFlow(row: Selectable<SeenFlowTable>): SeenFlow {
  return {
    id: row.id,
    ownerId: row.owner_id,
    teamId: row.team_id ?? undefined,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    finishedAt: row.finished_at ? new Date(row.finished_at) : undefined,
    outcome: row.outcome ?? undefined,
  };
}
