import { describeEachEngine } from '../../test/support/databases';
import { VersionConflictError } from '../checklists/repositories';
import { changeTeamChecklist, handoverContact, rollbackTeamChecklist } from '../checklists/team-checklist';
import type { ChecklistVersion } from '../checklists/types';
import { emptyContent } from '../checklists/profiles';
import { ChecklistStore } from './checklist-store';
import { OrgSettingsStore } from './org-settings-store';
import { TeamRoleStore } from './team-role-store';

const version = (n: number, teamId = 'team-1'): ChecklistVersion => ({
  teamId,
  version: n,
  at: new Date(`2026-11-0${n}T10:00:00.000Z`),
  actorId: 'oid-manager',
  actorName: 'Mila Manager',
  summary: { kind: 'hide', signalId: 'kind-gedrag' },
  content: { ...emptyContent('vakmannen'), hidden: ['kind-gedrag'], notes: { 'kind-letsel': `note ${n}` } },
});

describeEachEngine('ChecklistStore', (storage) => {
  let store: ChecklistStore;
  beforeAll(() => {
    store = new ChecklistStore(storage().db);
  });

  it('returns nothing for a team without versions', async () => {
    expect(await store.latest('team-1')).toBeUndefined();
    expect(await store.history('team-1', 10)).toEqual([]);
  });

  it('stores versions and returns them intact, newest first', async () => {
    await store.append(version(1));
    await store.append(version(2));
    await store.append(version(1, 'team-2'));
    expect(await store.latest('team-1')).toEqual(version(2));
    expect(await store.get('team-1', 1)).toEqual(version(1));
    expect((await store.history('team-1', 10)).map((v) => v.version)).toEqual([2, 1]);
    expect((await store.history('team-1', 1)).map((v) => v.version)).toEqual([2]);
  });

  it('refuses a second save of the same version instead of losing one', async () => {
    await expect(store.append({ ...version(2), actorId: 'someone-else' })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect((await store.latest('team-1'))?.actorId).toBe('oid-manager');
  });

  it('lets exactly one of two concurrent changes win', async () => {
    const base = {
      checklists: store,
      teamId: 'team-race',
      fallbackProfile: 'gemengd' as const,
      expectedVersion: 0,
      now: new Date('2026-11-10T00:00:00.000Z'),
      newId: () => 'x',
    };
    const results = await Promise.allSettled([
      changeTeamChecklist({ ...base, change: { kind: 'hide', signalId: 'kind-gedrag' }, actor: { id: 'a' } }),
      changeTeamChecklist({ ...base, change: { kind: 'hide', signalId: 'kind-letsel' }, actor: { id: 'b' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((await store.history('team-race', 10)).length).toBe(1);
  });

  it('rolls back by adding a version with the old content', async () => {
    const props = {
      checklists: store,
      teamId: 'team-rb',
      fallbackProfile: 'vakmannen' as const,
      newId: () => '1',
    };
    const actor = { id: 'oid-m', name: 'M' };
    const now = new Date('2026-11-11T00:00:00.000Z');
    await changeTeamChecklist({
      ...props,
      expectedVersion: 0,
      change: { kind: 'note', signalId: 'kind-gedrag', note: 'eerst' },
      actor,
      now,
    });
    await changeTeamChecklist({
      ...props,
      expectedVersion: 1,
      change: { kind: 'hide', signalId: 'kind-gedrag' },
      actor,
      now,
    });
    const rolled = await rollbackTeamChecklist({ ...props, expectedVersion: 2, toVersion: 1, actor, now });
    expect(rolled.version).toBe(3);
    expect(rolled.summary).toEqual({ kind: 'rollback', toVersion: 1 });
    const latest = await store.latest('team-rb');
    expect(latest?.content.hidden).toEqual([]);
    expect(latest?.content.notes).toEqual({ 'kind-gedrag': 'eerst' });
    expect((await store.history('team-rb', 10)).map((v) => v.version)).toEqual([3, 2, 1]);
  });
});

describeEachEngine('TeamRoleStore', (storage) => {
  let roles: TeamRoleStore;
  beforeAll(() => {
    roles = new TeamRoleStore(storage().db);
  });

  it('assigns, finds and removes a manager per team', async () => {
    const assignedAt = new Date('2026-11-01T00:00:00.000Z');
    await roles.assign({
      teamId: 't1',
      aadObjectId: 'oid-1',
      role: 'manager',
      source: 'admin',
      displayName: 'Mila',
      assignedBy: 'oid-admin',
      assignedAt,
    });
    await roles.assign({
      teamId: 't1',
      aadObjectId: 'oid-1',
      role: 'manager',
      source: 'admin',
      displayName: 'Mila B',
      assignedBy: 'oid-admin',
      assignedAt,
    });
    expect(await roles.has('t1', 'oid-1', 'manager')).toBe(true);
    expect(await roles.has('t2', 'oid-1', 'manager')).toBe(false);
    expect(await roles.list('t1')).toEqual([
      {
        teamId: 't1',
        aadObjectId: 'oid-1',
        role: 'manager',
        source: 'admin',
        displayName: 'Mila B',
        assignedBy: 'oid-admin',
        assignedAt,
      },
    ]);
    expect(await roles.remove('t1', 'oid-1', 'manager', 'admin')).toBe(true);
    expect(await roles.remove('t1', 'oid-1', 'manager', 'admin')).toBe(false);
    expect(await roles.has('t1', 'oid-1', 'manager')).toBe(false);
  });

  it('replaces roster owners without touching managers assigned by admins', async () => {
    const at = new Date('2026-11-02T00:00:00.000Z');
    await roles.assign({
      teamId: 't3',
      aadObjectId: 'oid-admin-made',
      role: 'manager',
      source: 'admin',
      assignedBy: 'oid-admin',
      assignedAt: at,
    });
    await roles.replaceRosterOwners(
      't3',
      [{ aadObjectId: 'oid-owner-1' }, { aadObjectId: 'oid-owner-2' }],
      at,
    );
    await roles.replaceRosterOwners('t3', [{ aadObjectId: 'oid-owner-2', displayName: 'Owner' }], at);
    expect(await roles.has('t3', 'oid-owner-1', 'manager')).toBe(false);
    expect(await roles.has('t3', 'oid-owner-2', 'manager')).toBe(true);
    expect(await roles.has('t3', 'oid-admin-made', 'manager')).toBe(true);
  });
});

describeEachEngine('OrgSettingsStore', (storage) => {
  it('keeps the organisation aandachtsfunctionaris that the handover falls back to', async () => {
    const settings = new OrgSettingsStore(storage().db);
    const checklists = new ChecklistStore(storage().db);
    expect(await settings.getOrgAandachtsfunctionaris()).toBeUndefined();
    expect(await handoverContact({ checklists, settings, teamId: 'tx' })).toBeUndefined();

    const at = new Date('2026-11-03T00:00:00.000Z');
    await settings.setOrgAandachtsfunctionaris({ name: 'Olga Org', phone: '013 123 4567' }, 'oid-admin', at);
    await settings.setOrgAandachtsfunctionaris({ name: 'Olga Org', phone: '013 765 4321' }, 'oid-admin', at);
    expect(await settings.getOrgAandachtsfunctionaris()).toEqual({
      contact: { name: 'Olga Org', phone: '013 765 4321' },
      updatedBy: 'oid-admin',
      updatedAt: at,
    });
    expect(await handoverContact({ checklists, settings, teamId: 'tx' })).toEqual({
      contact: { name: 'Olga Org', phone: '013 765 4321' },
      scope: 'organisation',
    });

    await changeTeamChecklist({
      checklists,
      teamId: 'tx',
      fallbackProfile: 'gemengd',
      expectedVersion: 0,
      change: { kind: 'contacts', aandachtsfunctionaris: { name: 'Tim Team' }, manager: null },
      actor: { id: 'oid-m' },
      now: at,
      newId: () => '1',
    });
    expect(await handoverContact({ checklists, settings, teamId: 'tx' })).toEqual({
      contact: { name: 'Tim Team' },
      scope: 'team',
    });

    await settings.setOrgAandachtsfunctionaris(null, 'oid-admin', at);
    expect(await settings.getOrgAandachtsfunctionaris()).toBeUndefined();
  });
});
