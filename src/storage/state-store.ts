import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface StoredState {
  value: string;
  etag: string;
}

/**
 * Key-value state with optimistic concurrency, for the bot's turn state.
 * @remarks `write` with an expected eTag only succeeds while the stored eTag still matches (or no row exists);
 * without one it overwrites.
 */
export interface StateRepository {
  read(keys: readonly string[]): Promise<Map<string, StoredState>>;
  /** Returns the new eTag, or `null` when the expected eTag no longer matches. */
  write(key: string, value: string, expectedEtag?: string): Promise<string | null>;
  delete(keys: readonly string[]): Promise<void>;
}

/** {@link StateRepository} on the Voordeur database. */
export class StateStore implements StateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async read(keys: readonly string[]): Promise<Map<string, StoredState>> {
    const found = new Map<string, StoredState>();
    if (keys.length === 0) return found;
    const rows = await this.db
      .selectFrom('bot_state')
      .select(['key', 'value', 'etag'])
      .where('key', 'in', [...keys])
      .execute();
    for (const row of rows) found.set(row.key, { value: row.value, etag: row.etag });
    return found;
  }

  async write(key: string, value: string, expectedEtag?: string): Promise<string | null> {
    const etag = randomUUID();
    const updated_at = new Date().toISOString();
    if (expectedEtag === undefined) {
      await this.db
        .insertInto('bot_state')
        .values({ key, value, etag, updated_at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, etag, updated_at }))
        .execute();
      return etag;
    }
    const update = await this.db
      .updateTable('bot_state')
      .set({ value, etag, updated_at })
      .where('key', '=', key)
      .where('etag', '=', expectedEtag)
      .executeTakeFirst();
    if (update.numUpdatedRows > 0n) return etag;
    // No row with that eTag: either the row is new (then the insert wins) or someone else changed it.
    const insert = await this.db
      .insertInto('bot_state')
      .values({ key, value, etag, updated_at })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return (insert.numInsertedOrUpdatedRows ?? 0n) > 0n ? etag : null;
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .deleteFrom('bot_state')
      .where('key', 'in', [...keys])
      .execute();
  }
}
