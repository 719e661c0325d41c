import { describeEachEngine } from '../../test/support/databases';
import type { ConversationAddress } from '../directory/installations';
import { InstallationStore } from './installation-store';
import { PersonStore } from './person-store';

const address = (conversationId: string, serviceUrl = 'https://smba.example/emea/'): ConversationAddress => ({
  channelId: 'msteams',
  serviceUrl,
  conversation: { id: conversationId, tenantId: 'tenant-1', conversationType: 'personal' },
  bot: { id: '28:bot' },
  user: { id: '29:user', aadObjectId: 'aad-1' },
});

describeEachEngine('InstallationStore', (storage) => {
  let store: InstallationStore;
  beforeAll(() => {
    store = new InstallationStore(storage().db);
  });

  it('stores an install and returns the address for proactive sends', async () => {
    const at = new Date('2026-11-01T10:00:00.000Z');
    await store.record({
      conversationId: 'a:personal-1',
      scope: 'personal',
      tenantId: 'tenant-1',
      aadObjectId: 'aad-1',
      address: address('a:personal-1'),
      at,
      event: 'install',
    });
    const found = await store.findPersonalChat('aad-1');
    expect(found).toMatchObject({
      conversationId: 'a:personal-1',
      scope: 'personal',
      tenantId: 'tenant-1',
      serviceUrl: 'https://smba.example/emea/',
      installedAt: at,
    });
    expect(found?.address.conversation.id).toBe('a:personal-1');
  });

  it('refreshes the address on later activity without changing the install time', async () => {
    const later = new Date('2026-11-02T10:00:00.000Z');
    await store.record({
      conversationId: 'a:personal-1',
      scope: 'personal',
      aadObjectId: 'aad-1',
      address: address('a:personal-1', 'https://smba.example/amer/'),
      at: later,
      event: 'activity',
    });
    const found = await store.get('a:personal-1');
    expect(found?.serviceUrl).toBe('https://smba.example/amer/');
    expect(found?.installedAt).toEqual(new Date('2026-11-01T10:00:00.000Z'));
    expect(found?.updatedAt).toEqual(later);
  });

  it('hides uninstalled and gone chats from delivery, and a reinstall brings them back', async () => {
    await store.markUninstalled('a:personal-1', new Date('2026-11-03T00:00:00.000Z'));
    expect(await store.findPersonalChat('aad-1')).toBeUndefined();
    expect((await store.get('a:personal-1'))?.uninstalledAt).toEqual(new Date('2026-11-03T00:00:00.000Z'));

    const reinstall = new Date('2026-11-04T00:00:00.000Z');
    await store.record({
      conversationId: 'a:personal-1',
      scope: 'personal',
      aadObjectId: 'aad-1',
      address: address('a:personal-1'),
      at: reinstall,
      event: 'install',
    });
    expect((await store.findPersonalChat('aad-1'))?.installedAt).toEqual(reinstall);

    await store.markGone('a:personal-1', '403 user blocked the app', new Date('2026-11-05T00:00:00.000Z'));
    expect(await store.findPersonalChat('aad-1')).toBeUndefined();
    expect((await store.get('a:personal-1'))?.goneReason).toBe('403 user blocked the app');
  });

  it('keeps team installations apart from personal chats', async () => {
    await store.record({
      conversationId: '19:general@thread.tacv2',
      scope: 'team',
      teamId: '19:general@thread.tacv2',
      address: address('19:general@thread.tacv2'),
      at: new Date(),
      event: 'install',
    });
    const team = await store.get('19:general@thread.tacv2');
    expect(team).toMatchObject({ scope: 'team', teamId: '19:general@thread.tacv2' });
    expect(team?.aadObjectId).toBeUndefined();
    expect(await store.get('unknown')).toBeUndefined();
  });

  it('lists each reachable team once, whatever number of its channels it was seen in', async () => {
    const at = new Date();
    const inTeam = (conversationId: string, teamId: string) =>
      store.record({
        conversationId,
        scope: 'team',
        teamId,
        address: address(conversationId),
        at,
        event: 'install',
      });
    await inTeam('19:noord-general@thread.tacv2', '19:noord-general@thread.tacv2');
    await inTeam('19:noord-tech@thread.tacv2', '19:noord-general@thread.tacv2');
    await inTeam('19:zuid-general@thread.tacv2', '19:zuid-general@thread.tacv2');
    await store.markGone('19:zuid-general@thread.tacv2', 'removed', at);
    const teams = await store.teamIds();
    expect(teams).toContain('19:noord-general@thread.tacv2');
    expect(teams).not.toContain('19:zuid-general@thread.tacv2');
    expect(teams.filter((t) => t === '19:noord-general@thread.tacv2')).toHaveLength(1);
  });
});

describeEachEngine('PersonStore', (storage) => {
  let store: PersonStore;
  beforeAll(() => {
    store = new PersonStore(storage().db);
  });

  it('stores a person and keeps known fields when a later update leaves them out', async () => {
    await store.upsert({
      aadObjectId: 'aad-7',
      displayName: 'Sanne',
      email: 'sanne@example.org',
      userPrincipalName: 'sanne@example.org',
      at: new Date('2026-11-01T00:00:00.000Z'),
    });
    await store.upsert({ aadObjectId: 'aad-7', locale: 'nl-NL', at: new Date('2026-11-02T00:00:00.000Z') });
    expect(await store.get('aad-7')).toEqual({
      aadObjectId: 'aad-7',
      displayName: 'Sanne',
      locale: 'nl-NL',
      email: 'sanne@example.org',
      userPrincipalName: 'sanne@example.org',
      tenantId: undefined,
      updatedAt: new Date('2026-11-02T00:00:00.000Z'),
    });
    expect(await store.get('nobody')).toBeUndefined();
  });

  it('stores a roster at once: new people are added, known ones keep what the roster does not give', async () => {
    const at = new Date('2026-11-03T00:00:00.000Z');
    await store.upsert({ aadObjectId: 'aad-8', locale: 'en-GB', displayName: 'Old name', at });
    const roster = Array.from({ length: 1200 }, (_, i) => ({
      aadObjectId: `roster-${i}`,
      tenantId: 'tenant-1',
      displayName: `Lid ${i}`,
      email: `lid${i}@example.org`,
      at,
    }));
    const later = new Date('2026-11-04T00:00:00.000Z');
    await store.upsertMany([
      ...roster,
      { aadObjectId: 'aad-8', displayName: 'Sam', userPrincipalName: 'sam@example.org', at: later },
    ]);
    expect(await store.get('aad-8')).toEqual({
      aadObjectId: 'aad-8',
      displayName: 'Sam',
      locale: 'en-GB',
      email: undefined,
      userPrincipalName: 'sam@example.org',
      tenantId: undefined,
      updatedAt: later,
    });
    expect(await store.get('roster-1199')).toMatchObject({ email: 'lid1199@example.org' });
    const found = await store.matchPeople({
      addresses: ['LID7@example.org', 'sam@example.org'],
      objectIds: [],
    });
    expect(found).toEqual(
      new Map([
        ['lid7@example.org', ['roster-7']],
        ['sam@example.org', ['aad-8']],
      ]),
    );
    await store.upsertMany([]);
  });
});
