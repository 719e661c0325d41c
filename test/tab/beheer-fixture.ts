import { openStorage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';
import { TENANT_ID, USERS } from '../support/teams-host/entra-stand-in';

/** Teams as Teams named them when Voordeur was installed; one is known only from its roster. */
export const TEAMS = {
  north: { id: '19:vakmannen-noord@thread.tacv2', name: 'Vakmannen Noord' },
  south: { id: '19:buurtbeheer-zuid@thread.tacv2', name: 'Buurtbeheer Zuid' },
  rosterOnly: { id: '19:zonder-naam@thread.tacv2' },
} as const;

/** People only the database knows, in Vakmannen Noord. */
export const NOOR = {
  oid: 'e0000000-0000-4000-8000-0000000000b1',
  name: 'Noor Opzichter',
  upn: 'noor@lente.example',
};
export const KEES = {
  oid: 'e0000000-0000-4000-8000-0000000000b2',
  name: 'Kees Klusser',
  upn: 'kees@lente.example',
};

/**
 * Seeds the directory of a running test service as the bot would have filled it: two team installs with their
 * names (the install event carries them), the rosters, and the people's names and UPNs.
 */
export async function seedTeams(dataDir: string, now = new Date()): Promise<void> {
  const storage = await openStorage({ dataDir });
  try {
    const stores = createStores(storage, 'Europe/Amsterdam');
    for (const team of [TEAMS.north, TEAMS.south]) {
      await stores.installations.record({
        conversationId: team.id,
        scope: 'team',
        tenantId: TENANT_ID,
        teamId: team.id,
        teamName: team.name,
        address: {
          channelId: 'msteams',
          serviceUrl: 'https://smba.example/emea/',
          conversation: { id: team.id, tenantId: TENANT_ID, conversationType: 'channel' },
          bot: { id: '28:bot' },
        },
        at: now,
        event: 'install',
      });
    }
    for (const p of [NOOR, KEES, USERS.employee]) {
      await stores.people.upsert({
        aadObjectId: p.oid,
        displayName: p.name,
        userPrincipalName: p.upn,
        tenantId: TENANT_ID,
        at: now,
      });
    }
    await stores.teamMembers.replaceMembers(TEAMS.north.id, [NOOR.oid, KEES.oid, USERS.employee.oid], now);
    await stores.teamMembers.replaceMembers(TEAMS.rosterOnly.id, [KEES.oid], now);
  } finally {
    await storage.close();
  }
}
