import type { Kysely } from 'kysely';
import type { OrganisationSettingsRepository } from '../checklists/repositories';
import type { Contact } from '../checklists/types';
import type { Database } from './schema';

const ORG_AF = 'org-aandachtsfunctionaris';

/** {@link OrganisationSettingsRepository} on the Voordeur database: one JSON value per key. */
export class OrgSettingsStore implements OrganisationSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async getOrgAandachtsfunctionaris(): Promise<
    { contact: Contact; updatedBy: string; updatedAt: Date } | undefined
  > {
    const row = await this.db
      .selectFrom('org_settings')
      .selectAll()
      .where('key', '=', ORG_AF)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      contact: JSON.parse(row.value) as Contact,
      updatedBy: row.updated_by,
      updatedAt: new Date(row.updated_at),
    };
  }

  async setOrgAandachtsfunctionaris(contact: Contact | null, by: string, at: Date): Promise<void> {
    if (!contact) {
      await this.db.deleteFrom('org_settings').where('key', '=', ORG_AF).execute();
      return;
    }
    const values = {
      key: ORG_AF,
      value: JSON.stringify(contact),
      updated_by: by,
      updated_at: at.toISOString(),
    };
    await this.db
      .insertInto('org_settings')
      .values(values)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: values.value, updated_by: by, updated_at: values.updated_at }),
      )
      .execute();
  }
}
