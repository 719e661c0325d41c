import { describeEachEngine } from '../../test/support/databases';
import { emptyContent } from '../checklists/profiles';
import type { ConversationAddress } from '../directory/installations';
import { ChecklistStore } from './checklist-store';
import { InstallationStore } from './installation-store';
import { PersonStore } from './person-store';
import { TeamMemberStore } from './team-member-store';
import { TeamRoleStore } from './team-role-store';
import { TrainingLearnerStore } from './training-learner-store';

const AT = new Date('2025-03-12T09:00:00.000Z');
const address = (id: string): ConversationAddress => ({
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/emea/',
  conversation: { id, tenantId: 'tenant-1', conversationType: 'personal' },
  bot: { id: '28:bot' },
});

describeEachEngine('TeamMemberStore', (storage) => {
  it('replaces a team’s members and answers both ways', async () => {
    const members = new TeamMemberStore(storage().db);
    await members.replaceMembers('t1', ['a', 'b', 'b'], AT);
    await members.replaceMembers('t2', ['b'], AT);
    await members.replaceMembers('t1', ['c', 'a'], AT);
    expect(await members.membersOf('t1')).toEqual(['a', 'c']);
    expect(await members.teamsOf('b')).toEqual(['t2']);
    expect(await members.teamsOf('a')).toEqual(['t1']);
    const many = Array.from({ length: 1100 }, (_, i) => `m${i}`);
    await members.replaceMembers('big', many, AT);
    expect(await members.membersOf('big')).toHaveLength(1100);
  });

  it('tells when each team was last read; a team without members was never read', async () => {
    const members = new TeamMemberStore(storage().db);
    const later = new Date(AT.getTime() + 60_000);
    await members.replaceMembers('t2', ['b', 'd'], later);
    await members.replaceMembers('emptied', ['x'], AT);
    await members.replaceMembers('emptied', [], later);
    const read = await members.lastRead();
    expect(read.get('t1')).toEqual(AT);
    expect(read.get('t2')).toEqual(later);
    expect(read.has('emptied')).toBe(false);
  });
});

describeEachEngine('TrainingLearnerStore', (storage) => {
  let learners: TrainingLearnerStore;
  beforeAll(async () => {
    const { db } = storage();
    learners = new TrainingLearnerStore(db);
    const people = new PersonStore(db);
    await people.upsert({
      aadObjectId: 'anna',
      displayName: 'Anna',
      locale: 'en-US',
      tenantId: 'tenant-1',
      at: AT,
    });
    await people.upsert({ aadObjectId: 'bram', at: AT });
    await people.upsert({ aadObjectId: 'gone', at: AT });
    await people.upsert({ aadObjectId: 'left', at: AT });
    const installations = new InstallationStore(db);
    for (const id of ['anna', 'gone', 'left']) {
      await installations.record({
        conversationId: `a:${id}`,
        scope: 'personal',
        aadObjectId: id,
        address: address(`a:${id}`),
        at: AT,
        event: 'install',
      });
    }
    await installations.markGone('a:gone', 'http-403', AT);
    await installations.markUninstalled('a:left', AT);
    const members = new TeamMemberStore(db);
    await members.replaceMembers('t-vak', ['anna', 'bram'], AT);
    await members.replaceMembers('t-buurt', ['anna'], AT);
    await members.replaceMembers('t-none', ['bram'], AT);
    const checklists = new ChecklistStore(db);
    const version = (teamId: string, n: number, profile: 'vakmannen' | 'buurtbeheer') => ({
      teamId,
      version: n,
      at: AT,
      actorId: 'm',
      summary: { kind: 'profile', profile },
      content: emptyContent(profile),
    });
    await checklists.append(version('t-vak', 1, 'buurtbeheer'));
    await checklists.append(version('t-vak', 2, 'vakmannen'));
    await checklists.append(version('t-buurt', 1, 'buurtbeheer'));
    const roles = new TeamRoleStore(db);
    await roles.assign({
      teamId: 't-vak',
      aadObjectId: 'm1',
      role: 'manager',
      source: 'admin',
      assignedBy: 'x',
      assignedAt: AT,
    });
    await roles.replaceRosterOwners('t-vak', [{ aadObjectId: 'm1' }, { aadObjectId: 'm2' }], AT);
  });

  it('lists people with their teams and their teams’ current profiles, without those who left', async () => {
    expect(await learners.learners()).toEqual([
      {
        aadObjectId: 'anna',
        displayName: 'Anna',
        locale: 'en-US',
        tenantId: 'tenant-1',
        teamIds: ['t-buurt', 't-vak'],
        profiles: ['buurtbeheer', 'vakmannen'],
      },
      { aadObjectId: 'bram', teamIds: ['t-none', 't-vak'], profiles: ['vakmannen'] },
    ]);
  });

  it('finds one person with their teams and profiles, even after they left; nobody unknown', async () => {
    expect(await learners.learner('anna')).toEqual({
      aadObjectId: 'anna',
      displayName: 'Anna',
      locale: 'en-US',
      tenantId: 'tenant-1',
      teamIds: ['t-buurt', 't-vak'],
      profiles: ['buurtbeheer', 'vakmannen'],
    });
    expect(await learners.learner('left')).toEqual({ aadObjectId: 'left', teamIds: [], profiles: [] });
    expect(await learners.learner('nobody')).toBeUndefined();
  });

  it('lists teams with their managers, once each whatever the source', async () => {
    expect(await learners.teamsWithManagers()).toEqual([{ teamId: 't-vak', managerIds: ['m1', 'm2'] }]);
  });

  it('gives each person the service URL of one of their teams, to open a chat with someone new', async () => {
    const installations = new InstallationStore(storage().db);
    const team = (conversationId: string, teamId: string, serviceUrl: string) =>
      installations.record({
        conversationId,
        scope: 'team',
        teamId,
        address: { ...address(conversationId), serviceUrl },
        at: AT,
        event: 'install',
      });
    await team('19:vak', 't-vak', 'https://smba.example/emea/');
    await team('19:none', 't-none', 'https://smba.example/other/');
    await installations.markUninstalled('19:none', AT);
    const urls = Object.fromEntries((await learners.learners()).map((l) => [l.aadObjectId, l.serviceUrl]));
    expect(urls).toEqual({ anna: 'https://smba.example/emea/', bram: 'https://smba.example/emea/' });
    expect((await learners.learner('left'))?.serviceUrl).toBeUndefined();
  });
});
