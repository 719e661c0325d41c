import type { Storage } from '../../src/storage/database';
import { TEST_BOT_ID, TEST_TENANT } from '../delivery/delivery-harness';

/**
 * Stores `ids` as people with a personal chat each (`a:<id>`), reached through `serviceUrl`, as installing the app
 * would; and the admin's own chat. Every fourth person reads English (`en-GB`), the rest Dutch.
 * @remarks Written in bulk, so thousands of people are seeded in well under a second.
 */
export async function seedPeopleAt(
  storage: Storage,
  serviceUrl: string,
  ids: readonly string[],
  admin: { id: string; name: string },
): Promise<void> {
  const at = new Date().toISOString();
  const all = [...ids, admin.id];
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all.slice(i, i + 500);
    await storage.db
      .insertInto('installations')
      .values(
        chunk.map((aad) => ({
          conversation_id: `a:${aad}`,
          scope: 'personal' as const,
          tenant_id: TEST_TENANT,
          team_id: null,
          aad_object_id: aad,
          service_url: serviceUrl,
          reference: JSON.stringify({
            channelId: 'msteams',
            serviceUrl,
            conversation: { id: `a:${aad}`, tenantId: TEST_TENANT, conversationType: 'personal' },
            bot: { id: TEST_BOT_ID },
            user: { id: `29:${aad}`, aadObjectId: aad },
          }),
          installed_at: at,
          updated_at: at,
          uninstalled_at: null,
          gone_at: null,
          gone_reason: null,
        })),
      )
      .onConflict((oc) => oc.column('conversation_id').doNothing())
      .execute();
    await storage.db
      .insertInto('people')
      .values(
        chunk.map((aad, j) => ({
          aad_object_id: aad,
          tenant_id: TEST_TENANT,
          display_name: aad === admin.id ? admin.name : `Medewerker ${i + j}`,
          locale: aad !== admin.id && (i + j) % 4 === 0 ? 'en-GB' : 'nl-NL',
          email: `${aad}@example.org`,
          user_principal_name: `${aad}@corp.example.org`,
          updated_at: at,
        })),
      )
      .onConflict((oc) => oc.column('aad_object_id').doNothing())
      .execute();
  }
}
