import type { Kysely, Selectable } from 'kysely';
import type { FlowOutcome, SeeSomethingFlow, SeeSomethingFlowRepository } from '../see-something';
import type { Database, SeeSomethingFlowTable } from './schema';

/** {@link SeeSomethingFlowRepository} on the Voordeur database. */
export class SeeSomethingFlowStore implements SeeSomethingFlowRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(flow: SeeSomethingFlow): Promise<void> {
    await this.db
      .insertInto('see_something_flows')
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

  async get(id: string): Promise<SeeSomethingFlow | undefined> {
    const row = await this.db
      .selectFrom('see_something_flows')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toFlow(row);
  }

  async finish(id: string, outcome: FlowOutcome, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('see_something_flows')
      .set({ finished_at: at.toISOString(), outcome })
      .where('id', '=', id)
      .where('finished_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('see_something_flows')
      .where('expires_at', '<=', now.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toFlow(row: Selectable<SeeSomethingFlowTable>): SeeSomethingFlow {
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
