import type { Kysely } from 'kysely';
import type { Person, PersonRepository, PersonUpdate } from '../directory/people';
import type { Database } from './schema';

/** {@link PersonRepository} on the Voordeur database. */
export class PersonStore implements PersonRepository {
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
}
