import { sql, type Kysely } from 'kysely';
import type { SendBudget } from '../delivery/send-budget';
import type { Database } from './schema';

/**
 * The shared {@link SendBudget} in the database: one row per budget holding its next free slot.
 * @remarks A reservation is one `UPDATE … RETURNING` that moves the next free slot forward, atomic on both
 * engines (PostgreSQL locks the row; SQLite has one writer), so instances never receive the same slot. It
 * computes exactly what `reserveSlots` does. Slot times come from the instances' clocks, which therefore
 * need to be in sync (NTP), as the leases already require.
 */
export class SendBudgetStore implements SendBudget {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly name = 'teams-tenant',
  ) {}

  async reserve(count: number, intervalMs: number, nowMs: number): Promise<number> {
    const span = count * intervalMs;
    for (let tries = 0; tries < 2; tries++) {
      const row = await this.db
        .updateTable('delivery_budget')
        .set({
          next_free_ms: sql<number>`(case when next_free_ms > ${nowMs} then next_free_ms else ${nowMs} end) + ${span}`,
          updated_at: new Date(nowMs).toISOString(),
        })
        .where('name', '=', this.name)
        .returning('next_free_ms')
        .executeTakeFirst();
      if (row) return Number(row.next_free_ms) - span;
      await this.db
        .insertInto('delivery_budget')
        .values({ name: this.name, next_free_ms: 0, updated_at: new Date(nowMs).toISOString() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
    }
    throw new Error(`send budget ${this.name} could not be created`);
  }
}
