import { openStorage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';

/**
 * Puts people in a team's roster in a running test service's database, as the bot does when Teams tells it who
 * the members are (`team_members`); those already there stay.
 */
export async function addToRoster(
  dataDir: string,
  team: string,
  aadObjectIds: readonly string[],
): Promise<void> {
  const storage = await openStorage({ dataDir });
  try {
    const { teamMembers } = createStores(storage, 'Europe/Amsterdam');
    const current = await teamMembers.membersOf(team);
    await teamMembers.replaceMembers(team, [...new Set([...current, ...aadObjectIds])], new Date());
  } finally {
    await storage.close();
  }
}
