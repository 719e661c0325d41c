import type { Kysely } from 'kysely';
import type { Person, PersonRepository, PersonUpdate } from '../directory/people';
import type { PersonMatcher } from '../training';
import type { Database } from './schema';

/** Keys per lookup query: two lists of this many stay well under both engines' limits on parameters. */
const MATCH_CHUNK = 400;
/** Rows per insert in {@link PersonStore.upsertMany}: 7 values a row, well under both engines' limits. */
const UPSERT_CHUNK = 500;
const KEPT_COLUMNS = ['tenant_id', 'display_name', 'locale', 'email', 'user_principal_name'] as const;

/** {@link PersonRepository} on the Voordeur database, and the training import's {@link PersonMatcher}. */
export class PersonStore implements PersonRepository, PersonMatcher {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(update: PersonUpdate): Promise<void> {
    const fields = {
      tenant_id: update.tenantId,
      display_name: update.displayName,
      locale: update.locale,
      email: update.email,
      user_principal_name: update.userPrincipalName,
    };
    const known = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const updatedAt = update.at.toISOString();
    await this.db
      .insertInto('people')
      .values({
        aad_object_id: update.aadObjectId,
        tenant_id: null,
        display_name: null,
        locale: null,
        email: null,
        user_principal_name: null,
        ...known,
        updated_at: updatedAt,
      })
      .onConflict((oc) => oc.column('aad_object_id').doUpdateSet({ ...known, updated_at: updatedAt }))
      .execute();
  }

  async upsertMany(updates: readonly PersonUpdate[]): Promise<void> {
    // The latest update of a person wins, as with one upsert after the other.
    const byId = new Map(updates.map((u) => [u.aadObjectId, u]));
    const rows = [...byId.values()].map((u) => ({
      aad_object_id: u.aadObjectId,
      tenant_id: u.tenantId ?? null,
      display_name: u.displayName ?? null,
      locale: u.locale ?? null,
      email: u.email ?? null,
      user_principal_name: u.userPrincipalName ?? null,
      updated_at: u.at.toISOString(),
    }));
    if (rows.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
        await trx
          .insertInto('people')
          .values(rows.slice(i, i + UPSERT_CHUNK))
          .onConflict((oc) =>
            oc.column('aad_object_id').doUpdateSet((eb) => {
              // A field this update leaves empty keeps its stored value.
              const keep = (column: (typeof KEPT_COLUMNS)[number]) =>
                eb.fn.coalesce(eb.ref(`excluded.${column}`), eb.ref(`people.${column}`));
              return {
                ...Object.fromEntries(KEPT_COLUMNS.map((c) => [c, keep(c)])),
                updated_at: eb.ref('excluded.updated_at'),
              };
            }),
          )
          .execute();
      }
    });
  }

  async get(aadObjectId: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('people')
      .selectAll()
      .where('aad_object_id', '=', aadObjectId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      aadObjectId: row.aad_object_id,
      tenantId: row.tenant_id ?? undefined,
      displayName: row.display_name ?? undefined,
      locale: row.locale ?? undefined,
      email: row.email ?? undefined,
      userPrincipalName: row.user_principal_name ?? undefined,
      updatedAt: new Date(row.updated_at),
    };
  }

  /**
   * Finds people by e-mail address or UPN (either column, ignoring case) and by Entra object id.
   * @remarks `lower(email)` and `lower(user_principal_name)` have indexes of their own (migration 010).
   */
  async matchPeople(keys: {
    addresses: readonly string[];
    objectIds: readonly string[];
  }): Promise<Map<string, string[]>> {
    const found = new Map<string, Set<string>>();
    const add = (key: string | null, id: string) => {
      if (key === null) return;
      let ids = found.get(key);
      if (!ids) found.set(key, (ids = new Set()));
      ids.add(id);
    };
    const addresses = [...new Set(keys.addresses.map((k) => k.toLowerCase()))];
    for (let i = 0; i < addresses.length; i += MATCH_CHUNK) {
      const chunk = addresses.slice(i, i + MATCH_CHUNK);
      const wanted = new Set(chunk);
      const rows = await this.db
        .selectFrom('people')
        .select((eb) => [
          'aad_object_id',
          eb.fn<string | null>('lower', ['email']).as('email'),
          eb.fn<string | null>('lower', ['user_principal_name']).as('upn'),
        ])
        .where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['email']), 'in', chunk),
            eb(eb.fn('lower', ['user_principal_name']), 'in', chunk),
          ]),
        )
        .execute();
      for (const row of rows) {
        if (row.email && wanted.has(row.email)) add(row.email, row.aad_object_id);
        if (row.upn && wanted.has(row.upn)) add(row.upn, row.aad_object_id);
      }
    }
    const objectIds = [...new Set(keys.objectIds.map((k) => k.toLowerCase()))];
    for (let i = 0; i < objectIds.length; i += MATCH_CHUNK) {
      const rows = await this.db
        .selectFrom('people')
        .select('aad_object_id')
        .where((eb) => eb(eb.fn('lower', ['aad_object_id']), 'in', objectIds.slice(i, i + MATCH_CHUNK)))
        .execute();
      for (const row of rows) add(row.aad_object_id.toLowerCase(), row.aad_object_id);
    }
    return new Map([...found].map(([key, ids]) => [key, [...ids]]));
  }
}
