import { describeEachEngine } from '../../test/support/databases';
import type { Announcement } from '../announcements';
import type { ConversationAddress, InstallationScope } from '../directory/installations';
import { AnnouncementAuditStore } from './announcement-audit-store';
import { AnnouncementRecipientStore } from './announcement-recipient-store';
import { AnnouncementStore } from './announcement-store';
import { AudienceDirectoryStore } from './audience-directory-store';
import { InstallationStore } from './installation-store';
import { OutboxStore } from './outbox-store';
import { PersonStore } from './person-store';

const t0 = new Date('2026-12-01T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function announcement(id: string, overrides: Partial<Announcement> = {}): Announcement {
  return {
    id,
    title: 'Nieuwe aandachtsfunctionaris',
    body: 'Vanaf maandag is **Fatima** jullie aandachtsfunctionaris.',
    imageUrl: 'https://intranet.example.org/fatima.png',
    buttons: [{ title: 'Lees meer', url: 'https://intranet.example.org/af' }],
    audience: { kind: 'teams', teamIds: ['t1'], mode: 'members' },
    acknowledge: true,
    reminderAfterDays: 7,
    status: 'draft',
    revision: 1,
    authorId: 'admin-1',
    authorName: 'Beheerder',
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

describeEachEngine('AnnouncementStore', (storage) => {
  let store: AnnouncementStore;
  beforeAll(() => {
    store = new AnnouncementStore(storage().db);
  });

  it('stores an announcement and gives it back as it was', async () => {
    await store.create(announcement('a1'));
    expect(await store.get('a1')).toEqual(announcement('a1'));
    expect(await store.get('nope')).toBeUndefined();
  });

  it('saves an edit only from the revision it started from, and only while that kind of edit is allowed', async () => {
    const draft = { ...announcement('a1'), title: 'Gewijzigd', imageUrl: undefined };
    expect(await store.saveDraft('a1', 1, draft, at(1))).toBe(true);
    // The second admin started from revision 1 as well: too late.
    expect(await store.saveDraft('a1', 1, { ...draft, title: 'Ook gewijzigd' }, at(2))).toBe(false);
    expect(await store.get('a1')).toMatchObject({ title: 'Gewijzigd', imageUrl: undefined, revision: 2 });
    // Only the content of a sent announcement may change, and only once it is sent.
    expect(await store.saveContent('a1', 2, { ...draft, title: 'Te vroeg' }, at(3))).toBe(false);
    expect(await store.transition('a1', ['draft'], 'sending', at(4), { sentAt: at(4) })).toBe(true);
    expect(await store.saveDraft('a1', 2, draft, at(5))).toBe(false);
    expect(await store.transition('a1', ['sending'], 'sent', at(6), { finishedAt: at(6) })).toBe(true);
    expect(await store.saveContent('a1', 2, { ...draft, title: 'Na versturen' }, at(7))).toBe(true);
    expect(await store.get('a1')).toMatchObject({
      title: 'Na versturen',
      status: 'sent',
      revision: 3,
      sentAt: at(4),
      finishedAt: at(6),
      updatedAt: at(7),
    });
  });

  it('moves the status only from the statuses named, and records each moment once', async () => {
    expect(await store.transition('a1', ['draft', 'scheduled'], 'cancelled', at(8))).toBe(false);
    expect(await store.mark('a1', 'remindedAt', at(9))).toBe(true);
    expect(await store.mark('a1', 'remindedAt', at(10))).toBe(false);
    expect((await store.get('a1'))?.remindedAt).toEqual(at(9));
  });

  it('finds the scheduled announcements that are due, and lists by status', async () => {
    await store.create(announcement('a2', { status: 'scheduled', sendAt: at(30), createdAt: at(1) }));
    await store.create(announcement('a3', { status: 'scheduled', sendAt: at(90), createdAt: at(2) }));
    expect((await store.dueScheduled(at(60))).map((a) => a.id)).toEqual(['a2']);
    expect((await store.inStatus(['scheduled', 'sent'])).map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect((await store.list()).map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
  });

  it('deletes an announcement with its recipients and acknowledgements', async () => {
    const recipients = new AnnouncementRecipientStore(storage().db);
    await recipients.add('a3', [
      {
        recipientKey: 'person:p1',
        outboxKey: 'announcement:a3|person:p1',
        kind: 'person',
        aadObjectId: 'p1',
        lang: 'nl',
      },
    ]);
    await recipients.acknowledge('a3', { aadObjectId: 'p1' }, at(100));
    expect(await store.remove('a3')).toBe(true);
    expect(await store.remove('a3')).toBe(false);
    expect(await recipients.list('a3')).toEqual([]);
    expect(await recipients.acknowledgedCount('a3')).toBe(0);
  });
});

describeEachEngine('AnnouncementRecipientStore', (storage) => {
  let recipients: AnnouncementRecipientStore;
  let outbox: OutboxStore;
  const rows = ['p1', 'p2', 'p3'].map((p, i) => ({
    recipientKey: `person:${p}`,
    outboxKey: `announcement:r1|person:${p}`,
    kind: 'person' as const,
    aadObjectId: p,
    name: `Medewerker ${3 - i}`,
    lang: i === 0 ? ('en' as const) : ('nl' as const),
  }));
  beforeAll(async () => {
    recipients = new AnnouncementRecipientStore(storage().db);
    outbox = new OutboxStore(storage().db, storage().dialect);
    await new AnnouncementStore(storage().db).create(announcement('r1', { status: 'sending' }));
  });

  it('adds each recipient once, however often it is asked', async () => {
    expect(await recipients.add('r1', rows.slice(0, 2))).toBe(2);
    expect(await recipients.add('r1', rows)).toBe(1);
    expect(await recipients.list('r1')).toEqual(rows.map((r) => ({ ...r, conversationId: undefined })));
  });

  it('keeps the first acknowledgement of a person', async () => {
    expect(await recipients.acknowledge('r1', { aadObjectId: 'p1', name: 'Jan' }, at(5))).toEqual({
      acknowledgedAt: at(5),
      first: true,
    });
    expect(await recipients.acknowledge('r1', { aadObjectId: 'p1', name: 'Jan' }, at(6))).toEqual({
      acknowledgedAt: at(5),
      first: false,
    });
    // Someone who read the post in a channel, not a recipient of their own.
    await recipients.acknowledge('r1', { aadObjectId: 'reader-1', name: 'Lezer' }, at(7));
    expect(await recipients.acknowledgedCount('r1')).toBe(2);
    expect(await recipients.acknowledgements('r1')).toEqual(
      new Map([
        ['p1', at(5)],
        ['reader-1', at(7)],
      ]),
    );
  });

  it('reports each recipient with how the message went, read from the outbox', async () => {
    await outbox.enqueue(
      rows.map((r) => ({
        purpose: 'announcement:r1',
        recipient: { kind: 'person' as const, aadObjectId: r.aadObjectId },
        payload: {},
        idempotencyKey: r.outboxKey,
      })),
      at(0),
    );
    const [first, second] = await outbox.claim('s', 2, at(1), at(60));
    await outbox.markSent(first.id, 's', 'act-1', at(2), 'a:p1');
    await outbox.markFailed(second.id, 's', 'http-403: recipient gone', at(3));
    expect(await recipients.report('r1')).toEqual([
      { kind: 'person', name: 'Medewerker 1', aadObjectId: 'p3', status: 'pending' },
      {
        kind: 'person',
        name: 'Medewerker 2',
        aadObjectId: 'p2',
        status: 'failed',
        lastError: 'http-403: recipient gone',
      },
      {
        kind: 'person',
        name: 'Medewerker 3',
        aadObjectId: 'p1',
        status: 'sent',
        sentAt: at(2),
        acknowledgedAt: at(5),
      },
      { kind: 'reader', name: 'Lezer', aadObjectId: 'reader-1', acknowledgedAt: at(7) },
    ]);
  });

  it('names who got the message and did not acknowledge, for the reminder', async () => {
    expect(await recipients.awaitingAcknowledgement('r1')).toEqual([]);
    const [third] = await outbox.claim('s', 1, at(4), at(60));
    await outbox.markSent(third.id, 's', 'act-3', at(5), 'a:p3');
    expect((await recipients.awaitingAcknowledgement('r1')).map((r) => r.recipientKey)).toEqual([
      'person:p3',
    ]);
  });
});

describeEachEngine('AnnouncementAuditStore', (storage) => {
  it('lists who did what, newest first, per announcement or all, and outlives the announcement', async () => {
    const audit = new AnnouncementAuditStore(storage().db);
    await audit.record({
      announcementId: 'x1',
      title: 'Eén',
      action: 'created',
      actorId: 'admin-1',
      at: at(1),
    });
    await audit.record({
      announcementId: 'x1',
      title: 'Eén',
      action: 'sent',
      actorId: 'admin-1',
      actorName: 'Beheerder',
      at: at(2),
      detail: { recipients: 200, gone: 3 },
    });
    await audit.record({
      announcementId: 'x2',
      title: 'Twee',
      action: 'deleted',
      actorId: 'admin-2',
      at: at(3),
    });
    expect((await audit.list()).map((e) => [e.announcementId, e.action])).toEqual([
      ['x2', 'deleted'],
      ['x1', 'sent'],
      ['x1', 'created'],
    ]);
    expect(await audit.list({ announcementId: 'x1', limit: 1 })).toEqual([
      {
        announcementId: 'x1',
        title: 'Eén',
        action: 'sent',
        actorId: 'admin-1',
        actorName: 'Beheerder',
        at: at(2),
        detail: { recipients: 200, gone: 3 },
      },
    ]);
  });
});

describeEachEngine('AudienceDirectoryStore', (storage) => {
  let directory: AudienceDirectoryStore;
  beforeAll(async () => {
    directory = new AudienceDirectoryStore(storage().db);
    const installations = new InstallationStore(storage().db);
    const people = new PersonStore(storage().db);
    const install = async (
      conversationId: string,
      scope: InstallationScope,
      more: { aad?: string; team?: string },
    ) =>
      installations.record({
        conversationId,
        scope,
        tenantId: 'tenant-1',
        teamId: more.team,
        aadObjectId: more.aad,
        address: address(conversationId),
        at: at(conversationId.length),
        event: 'install',
      });
    await install('a:p1', 'personal', { aad: 'p1' });
    await install('a:p2', 'personal', { aad: 'p2' });
    await install('a:p3', 'personal', { aad: 'p3' });
    await install('a:p4', 'personal', { aad: 'p4' });
    await installations.markGone('a:p2', 'http-403', at(5));
    await installations.markUninstalled('a:p3', at(5));
    await install('19:general-t1', 'team', { team: '19:general-t1' });
    await install('19:other-t1', 'team', { team: '19:general-t1' });
    await install('19:first-t2', 'team', { team: 't2' });
    await install('19:second-t2', 'team', { team: 't2' });
    await installations.markGone('19:first-t2', 'http-404', at(5));
    await people.upsert({
      aadObjectId: 'p1',
      displayName: 'Jan',
      locale: 'en-US',
      email: 'Jan@Example.org',
      at: t0,
    });
    await people.upsert({
      aadObjectId: 'p2',
      displayName: 'Piet',
      userPrincipalName: 'piet@example.org',
      at: t0,
    });
    await people.upsert({ aadObjectId: 'p5', displayName: 'Kees', email: 'kees@example.org', at: t0 });
  });

  it('lists the personal chats that have the app, gone ones flagged', async () => {
    const chats = await directory.personalChats();
    expect(chats.map((c) => [c.aadObjectId, c.gone]).sort()).toEqual([
      ['p1', false],
      ['p2', true],
      ['p4', false],
    ]);
    expect(chats.find((c) => c.aadObjectId === 'p1')).toMatchObject({ name: 'Jan', locale: 'en-US' });
  });

  it('picks each team’s reachable channel, the General channel first', async () => {
    const channels = await directory.teamChannels(['19:general-t1', 't2', 't9']);
    expect(channels.map((c) => [c.teamId, c.conversationId, c.gone]).sort()).toEqual([
      ['19:general-t1', '19:general-t1', false],
      ['t2', '19:second-t2', false],
    ]);
    expect(channels[0]).toMatchObject({ serviceUrl: 'https://smba.example/emea/', tenantId: 'tenant-1' });
    expect(await directory.teamChannels([])).toEqual([]);
  });

  it('finds people by id and by address, with the state of their personal chat', async () => {
    const byId = await directory.peopleByIds(['p1', 'p2', 'p4', 'p5', 'p9']);
    expect(byId.map((p) => [p.aadObjectId, p.chat]).sort()).toEqual([
      ['p1', 'reachable'],
      ['p2', 'gone'],
      // A chat but no person row yet: known all the same.
      ['p4', 'reachable'],
      ['p5', 'none'],
    ]);
    const byAddress = await directory.peopleByAddresses([
      'jan@example.org',
      'piet@example.org',
      'nobody@example.org',
    ]);
    expect(byAddress.map((p) => [p.aadObjectId, p.addresses, p.chat]).sort()).toEqual([
      ['p1', ['jan@example.org'], 'reachable'],
      ['p2', ['piet@example.org'], 'gone'],
    ]);
  });
});

function address(conversationId: string): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/emea/',
    conversation: { id: conversationId, tenantId: 'tenant-1' },
    bot: { id: '28:bot' },
  };
}
