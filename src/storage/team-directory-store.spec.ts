import { describeEachEngine } from '../../test/support/databases';
import type { ConversationAddress } from '../directory/installations';
import { InstallationStore } from './installation-store';
import { PersonStore } from './person-store';
import { TeamDirectoryStore } from './team-directory-store';
import { TeamMemberStore } from './team-member-store';
import { TeamRoleStore } from './team-role-store';

const NORTH = '19:north@thread.tacv2';
const SOUTH = '19:south@thread.tacv2';
const ROSTER_ONLY = '19:roster-only@thread.tacv2';
const at = (day: number) => new Date(Date.UTC(2026, 10, day));

const channel = (conversationId: string): ConversationAddress => ({
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/emea/',
  conversation: { id: conversationId, conversationType: 'channel' },
  bot: { id: '28:bot' },
});

describeEachEngine('TeamDirectoryStore', (storage) => {
  let installations: InstallationStore;
  let directory: TeamDirectoryStore;

  beforeAll(async () => {
    const { db } = storage();
    installations = new InstallationStore(db);
    directory = new TeamDirectoryStore(db);
    const record = (conversationId: string, teamId: string, teamName: string | undefined, day: number) =>
      installations.record({
        conversationId,
        scope: 'team',
        teamId,
        teamName,
        address: channel(conversationId),
        at: at(day),
        event: teamName ? 'install' : 'activity',
      });
    await record(NORTH, NORTH, 'Vakmannen Noord', 1);
    // A message in another channel carries no name: the team keeps the one heard.
    await record('19:north-werkbon@thread.tacv2', NORTH, undefined, 2);
    await record(SOUTH, SOUTH, 'Zuid (oud)', 1);
    await record(SOUTH, SOUTH, 'Buurtbeheer Zuid', 3);
    await installations.markGone(SOUTH, 'forbidden', at(4));
    const members = new TeamMemberStore(db);
    await members.replaceMembers(NORTH, ['aad-b', 'aad-a', 'aad-c'], at(2));
    await members.replaceMembers(ROSTER_ONLY, ['aad-a'], at(2));
    const people = new PersonStore(db);
    await people.upsert({ aadObjectId: 'aad-a', displayName: 'Zeynep Yilmaz', at: at(1) });
    await people.upsert({
      aadObjectId: 'aad-b',
      displayName: 'Anna de Vries',
      userPrincipalName: 'anna@lente.example',
      at: at(1),
    });
    await new TeamRoleStore(db).assign({
      teamId: NORTH,
      aadObjectId: 'aad-b',
      role: 'manager',
      source: 'admin',
      assignedBy: 'admin-1',
      assignedAt: at(2),
    });
  });

  it('lists every team it knows by name, with counts and state; unnamed teams last', async () => {
    expect(await directory.teams()).toEqual([
      { teamId: SOUTH, name: 'Buurtbeheer Zuid', members: 0, managers: 0, installed: true, gone: true },
      { teamId: NORTH, name: 'Vakmannen Noord', members: 3, managers: 1, installed: true, gone: false },
      { teamId: ROSTER_ONLY, members: 1, managers: 0, installed: false, gone: false },
    ]);
  });

  it('lists a team’s members by name, with their UPN when known', async () => {
    expect(await directory.members(NORTH)).toEqual([
      { aadObjectId: 'aad-b', displayName: 'Anna de Vries', userPrincipalName: 'anna@lente.example' },
      { aadObjectId: 'aad-a', displayName: 'Zeynep Yilmaz' },
      { aadObjectId: 'aad-c' },
    ]);
    expect(await directory.members('19:nobody@thread.tacv2')).toEqual([]);
  });
});
