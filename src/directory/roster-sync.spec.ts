import { refreshStaleRosters, ROSTER_MAX_AGE_MS, type RosterEntry, type RosterTeam } from './roster-sync';
import type { PersonUpdate } from './people';

const AT = new Date('2025-03-12T09:00:00.000Z');
const team = (teamId: string): RosterTeam => ({
  teamId,
  serviceUrl: 'https://smba.example/',
  tenantId: 'tn',
});

function fakes(lastRead: Record<string, Date>) {
  const members = new Map<string, readonly string[]>();
  const people: PersonUpdate[] = [];
  return {
    members,
    people,
    teamMembers: {
      replaceMembers: async (teamId: string, ids: readonly string[]) => void members.set(teamId, ids),
      lastRead: async () => new Map(Object.entries(lastRead)),
    },
    peopleStore: { upsertMany: async (updates: readonly PersonUpdate[]) => void people.push(...updates) },
  };
}

describe('refreshStaleRosters', () => {
  it('reads the teams whose roster is a day old or never read, and keeps going past a failure', async () => {
    const f = fakes({
      fresh: new Date(AT.getTime() - ROSTER_MAX_AGE_MS + 1),
      old: new Date(AT.getTime() - ROSTER_MAX_AGE_MS),
    });
    const rosters: Record<string, RosterEntry[] | undefined> = {
      old: [{ aadObjectId: 'a', name: 'Anna', email: 'anna@corp.example', userPrincipalName: '' }],
      never: [{ aadObjectId: 'b' }, { aadObjectId: 'c', name: 'Cees' }],
      gone: undefined,
    };
    const failures: string[] = [];
    const result = await refreshStaleRosters({
      teams: ['fresh', 'old', 'broken', 'never', 'gone'].map(team),
      readRoster: async ({ teamId }) => {
        if (teamId === 'broken') throw new Error('http-503');
        return rosters[teamId];
      },
      teamMembers: f.teamMembers,
      people: f.peopleStore,
      at: AT,
      onFailure: (teamId) => failures.push(teamId),
    });
    expect(result).toEqual({ refreshed: 2, unknown: 1, failed: 1 });
    expect(failures).toEqual(['broken']);
    expect(Object.fromEntries(f.members)).toEqual({ old: ['a'], never: ['b', 'c'] });
    // Empty strings from Teams are no values: they would overwrite what the directory knows.
    expect(f.people).toEqual([
      { aadObjectId: 'a', tenantId: 'tn', displayName: 'Anna', email: 'anna@corp.example', at: AT },
      { aadObjectId: 'b', tenantId: 'tn', at: AT },
      { aadObjectId: 'c', tenantId: 'tn', displayName: 'Cees', at: AT },
    ]);
  });
});
