import type { ChecklistRepository } from '../checklists/repositories';
import { emptyContent } from '../checklists/profiles';
import type { ChecklistVersion, Contact } from '../checklists/types';
import { teamOfPerson } from './handover';

/** Teams with the aandachtsfunctionaris their manager set (or none). */
function checklistsOf(teams: Record<string, Contact | undefined>): ChecklistRepository {
  const latest = async (teamId: string): Promise<ChecklistVersion | undefined> =>
    teamId in teams
      ? {
          teamId,
          version: 1,
          at: new Date(),
          actorId: 'manager',
          summary: { kind: 'contacts' },
          content: { ...emptyContent('gemengd'), contacts: { aandachtsfunctionaris: teams[teamId] } },
        }
      : undefined;
  return { latest, get: latest, history: async () => [], append: async () => undefined };
}

describe('teamOfPerson', () => {
  const fatima = { name: 'Fatima', aadObjectId: 'aad-fatima' };
  const checklists = checklistsOf({
    noord: fatima,
    zuid: { name: 'Joost', aadObjectId: 'aad-joost' },
    west: fatima,
    oost: undefined,
  });
  const memberOf =
    (...teams: string[]) =>
    async (teamId: string) =>
      teams.includes(teamId);
  const teamIds = ['noord', 'zuid', 'west', 'oost', 'zonder-lijst'];

  it('picks the team of the person when its aandachtsfunctionaris is the only one that applies', async () => {
    expect(await teamOfPerson({ checklists, teamIds, isMember: memberOf('noord', 'oost') })).toBe('noord');
    // Two teams naming the same person are no conflict.
    expect(['noord', 'west']).toContain(
      await teamOfPerson({ checklists, teamIds, isMember: memberOf('noord', 'west') }),
    );
  });

  it("leaves it to the organisation when the teams name different people, or none of them is the person's", async () => {
    expect(await teamOfPerson({ checklists, teamIds, isMember: memberOf('noord', 'zuid') })).toBeUndefined();
    expect(
      await teamOfPerson({ checklists, teamIds, isMember: memberOf('oost', 'zonder-lijst') }),
    ).toBeUndefined();
  });

  it('asks the roster only about teams that have their own aandachtsfunctionaris', async () => {
    const asked: string[] = [];
    await teamOfPerson({ checklists, teamIds, isMember: async (t) => (asked.push(t), false) });
    expect(asked.sort()).toEqual(['noord', 'west', 'zuid']);
  });
});
