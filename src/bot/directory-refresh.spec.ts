import type { Activity } from 'botbuilder';
import { openStorage, type Storage } from '../storage/database';
import { InstallationStore } from '../storage/installation-store';
import { PersonStore } from '../storage/person-store';
import { DirectoryRefresh, REFRESH_INTERVAL_MS } from './directory-refresh';

describe('DirectoryRefresh', () => {
  let storage: Storage;
  let clock: Date;
  let installations: InstallationStore;
  let people: PersonStore;
  let refresh: DirectoryRefresh;

  beforeEach(async () => {
    storage = await openStorage({ dataDir: '', sqliteFile: ':memory:' });
    installations = new InstallationStore(storage.db);
    people = new PersonStore(storage.db);
    clock = new Date('2026-11-28T09:00:00.000Z');
    refresh = new DirectoryRefresh({ installations, people, now: () => clock });
  });
  afterEach(() => storage.close());

  const activity = (serviceUrl = 'https://smba.example/emea/', name = 'Sanne') =>
    ({
      type: 'message',
      channelId: 'msteams',
      serviceUrl,
      locale: 'nl-NL',
      from: { id: '29:u', aadObjectId: 'aad-u', name },
      recipient: { id: '28:bot' },
      conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 't' },
    }) as Activity;
  const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

  it('stores the conversation and the person on first sight', async () => {
    await refresh.refresh(activity());
    expect((await installations.get('a:chat'))?.updatedAt).toEqual(clock);
    expect(await people.get('aad-u')).toMatchObject({ displayName: 'Sanne', locale: 'nl-NL' });
  });

  it('does not write an unchanged conversation again within the interval', async () => {
    const first = new Date(clock);
    await refresh.refresh(activity());
    later(60_000);
    await refresh.refresh(activity());
    expect((await installations.get('a:chat'))?.updatedAt).toEqual(first);
    expect((await people.get('aad-u'))?.updatedAt).toEqual(first);
  });

  it('writes at once when the address or the person changes', async () => {
    await refresh.refresh(activity());
    later(1000);
    await refresh.refresh(activity('https://smba.example/amer/', 'Sanne de Vries'));
    expect(await installations.get('a:chat')).toMatchObject({
      serviceUrl: 'https://smba.example/amer/',
      updatedAt: clock,
    });
    expect((await people.get('aad-u'))?.displayName).toBe('Sanne de Vries');
  });

  it('writes an unchanged conversation again after the interval, clearing a gone flag', async () => {
    await refresh.refresh(activity());
    await installations.markGone('a:chat', '404', clock);
    later(REFRESH_INTERVAL_MS + 1);
    await refresh.refresh(activity());
    const stored = await installations.get('a:chat');
    expect(stored?.goneAt).toBeUndefined();
    expect(stored?.updatedAt).toEqual(clock);
  });

  it('writes again on the next turn when a write failed, not only after the interval', async () => {
    const closed = await openStorage({ dataDir: '', sqliteFile: ':memory:' });
    await closed.close();
    let stores = { installations: new InstallationStore(closed.db), people: new PersonStore(closed.db) };
    const flaky = new DirectoryRefresh({
      get installations() {
        return stores.installations;
      },
      get people() {
        return stores.people;
      },
      now: () => clock,
    });
    await expect(flaky.refresh(activity())).rejects.toThrow();
    stores = { installations, people };
    later(1000);
    await flaky.refresh(activity());
    expect((await installations.get('a:chat'))?.updatedAt).toEqual(clock);
  });
});
