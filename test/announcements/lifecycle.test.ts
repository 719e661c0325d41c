import { AnnouncementInvalidError, purposes } from '../../src/announcements';
import type { Delivery } from '../../src/delivery/start-delivery';
import type { Storage } from '../../src/storage/database';
import { openTestStorage } from '../support/databases';
import { waitUntilFinished } from '../delivery/delivery-harness';
import {
  ADMIN,
  cardText,
  seedPeople,
  startAnnouncementWorld,
  until,
  type AnnouncementWorld,
} from './announcement-harness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Runs one of the announcement jobs once, as the scheduler would. */
async function runJob(world: AnnouncementWorld, name: string) {
  const job = world.announcements.jobs().find((j) => j.name === name)!;
  return job.run(world.deps.now());
}

const news = (audience: unknown, more: Record<string, unknown> = {}) => ({
  title: 'Protocol gewijzigd',
  body: 'Het handelingsprotocol is aangepast. Bespreek signalen met je aandachtsfunctionaris.',
  audience,
  ...more,
});

describe('an announcement’s life: a crash, a schedule, a reminder, a report', () => {
  let storage: Storage;
  let world: AnnouncementWorld;
  let people: string[];
  /** When armed, enqueue stores the first half of a batch and then fails, as a process that died would. */
  let dieMidEnqueue = false;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    world = await startAnnouncementWorld(storage, {
      rate: 200,
      wrapDelivery: (delivery: Delivery) => ({
        ...delivery,
        status: (purpose) => delivery.status(purpose),
        cancel: (purpose) => delivery.cancel(purpose),
        sentActivities: (p) => delivery.sentActivities(p),
        async enqueue(items) {
          if (!dieMidEnqueue) return delivery.enqueue(items);
          dieMidEnqueue = false;
          await delivery.enqueue(items.slice(0, Math.floor(items.length / 2)));
          throw new Error('the process died');
        },
      }),
    });
    people = await seedPeople(world, 60);
  });
  afterAll(async () => {
    await world.stop();
    await storage.close();
  });

  it('resumes a send that died halfway through enqueuing, and nobody gets it twice', async () => {
    const a = await world.announcements.create(news({ kind: 'users', userIds: people.slice(0, 40) }), ADMIN);
    dieMidEnqueue = true;
    await expect(world.announcements.send(a.id, ADMIN)).rejects.toThrow('the process died');
    expect(await world.announcements.get(a.id)).toMatchObject({ status: 'sending', enqueuedAt: undefined });
    // The job leaves a send that may still be enqueuing alone, and resumes one that has been quiet too long.
    expect(await runJob(world, 'announcements')).toMatchObject({ resumed: 0 });
    world.advance(3 * MINUTE);
    expect(await runJob(world, 'announcements')).toMatchObject({ resumed: 1 });
    expect(await waitUntilFinished(storage, purposes.message(a.id))).toMatchObject({
      sent: 40,
      failed: 0,
    });
    for (const person of people.slice(0, 40)) expect(world.simulator.messages(`a:${person}`)).toHaveLength(1);
    expect(await runJob(world, 'announcements')).toMatchObject({ settled: 1 });
    expect((await world.announcements.get(a.id)).status).toBe('sent');
    // The resumed send is one 'sent' in the audit log, by the admin who pressed it.
    const sent = (await world.announcements.auditLog({ announcementId: a.id })).filter(
      (e) => e.action === 'sent',
    );
    expect(sent.map((e) => e.actorId)).toEqual([ADMIN.id]);
  });

  it('sends a scheduled announcement when its time has come, resolving the audience then', async () => {
    const a = await world.announcements.create(news({ kind: 'users', userIds: people.slice(40, 45) }), ADMIN);
    const sendAt = new Date(world.deps.now().getTime() + 60 * MINUTE);
    expect(await world.announcements.send(a.id, ADMIN, { sendAt: sendAt.toISOString() })).toMatchObject({
      status: 'scheduled',
      sendAt,
      recipients: 5,
    });
    expect(await runJob(world, 'announcements')).toMatchObject({ scheduled: 0 });
    world.advance(61 * MINUTE);
    expect(await runJob(world, 'announcements')).toMatchObject({ scheduled: 1 });
    expect(await waitUntilFinished(storage, purposes.message(a.id))).toMatchObject({ sent: 5 });
    expect(
      (await world.announcements.auditLog({ announcementId: a.id })).map((e) => [e.action, e.actorId]),
    ).toEqual(
      expect.arrayContaining([
        ['scheduled', ADMIN.id],
        ['sent', 'system'],
      ]),
    );
  });

  it('reports per recipient, lists unknown addresses, leaves gone ones out, and reminds once', async () => {
    // p-50 blocked the app since the last message; p-51's chat was reported gone earlier.
    world.simulator.setPermanent(`a:${people[50]}`, 403);
    await storage.db
      .updateTable('installations')
      .set({ gone_at: new Date().toISOString() })
      .where('conversation_id', '=', `a:${people[51]}`)
      .execute();
    const csv = [
      'e-mail',
      ...people.slice(50, 56).map((p) => `${p}@example.org`),
      'nobody@example.org',
      'Jan zonder adres',
    ].join('\n');
    expect(await world.announcements.previewAudience({ audience: { kind: 'csv', csv } })).toEqual({
      count: 5,
      unknown: ['nobody@example.org', 'Jan zonder adres'],
      gone: 1,
    });
    const a = await world.announcements.create(
      news({ kind: 'csv', csv }, { acknowledge: true, reminderAfterDays: 2 }),
      ADMIN,
    );
    await world.announcements.send(a.id, ADMIN);
    await waitUntilFinished(storage, purposes.message(a.id));
    await runJob(world, 'announcements');
    await world.announcements.acknowledge(a.id, { aadObjectId: people[52], name: 'Medewerker 52' });

    const report = await world.announcements.report(a.id);
    expect(report.map((r) => [r.name, r.status, r.failure ?? null, Boolean(r.acknowledgedAt)])).toEqual([
      ['Medewerker 50', 'failed', 'gone', false],
      ['Medewerker 52', 'sent', null, true],
      ['Medewerker 53', 'sent', null, false],
      ['Medewerker 54', 'sent', null, false],
      ['Medewerker 55', 'sent', null, false],
    ]);
    const csvReport = await world.announcements.reportCsv(a.id, 'nl', 'Europe/Amsterdam');
    const lines = csvReport
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Naam;Status;Verstuurd op;Gelezen en begrepen op;Reden mislukt');
    expect(lines[1]).toMatch(/^Medewerker 50;Mislukt;;;Niet bereikbaar: /);
    expect(lines[2]).toMatch(
      /^Medewerker 52;Verstuurd;\d{4}-\d{2}-\d{2} \d{2}:\d{2};\d{4}-\d{2}-\d{2} \d{2}:\d{2};$/,
    );

    expect(await runJob(world, 'announcement-reminders')).toEqual({ reminders: 0 });
    world.advance(2 * DAY + MINUTE);
    expect(await runJob(world, 'announcement-reminders')).toEqual({ reminders: 3 });
    expect(await runJob(world, 'announcement-reminders')).toEqual({ reminders: 0 });
    await waitUntilFinished(storage, purposes.reminder(a.id));
    for (const person of people.slice(53, 56)) {
      const [, reminder] = world.simulator.messages(`a:${person}`).slice(-2);
      expect(cardText(reminder)).toContain('Herinnering');
    }
    expect(
      world.simulator.messages(`a:${people[52]}`).filter((m) => cardText(m).includes('Herinnering')),
    ).toEqual([]);
  });

  it('stops a scheduled announcement before it goes, and has nothing to retract then', async () => {
    const a = await world.announcements.create(news({ kind: 'users', userIds: people.slice(0, 2) }), ADMIN);
    const sendAt = new Date(world.deps.now().getTime() + 10 * MINUTE).toISOString();
    await world.announcements.send(a.id, ADMIN, { sendAt });
    expect(await world.announcements.cancel(a.id, ADMIN)).toBe(0);
    world.advance(11 * MINUTE);
    expect(await runJob(world, 'announcements')).toMatchObject({ scheduled: 0 });
    await expect(world.announcements.retract(a.id, ADMIN)).rejects.toThrow('Er is niets verstuurd');
    expect((await world.delivery.status(purposes.message(a.id))).total).toBe(0);
  });

  it('refuses to send to nobody, and says so next to the audience', async () => {
    const a = await world.announcements.create(news({ kind: 'users', userIds: ['unknown-1'] }), ADMIN);
    const refused = await world.announcements.send(a.id, ADMIN).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AnnouncementInvalidError);
    expect((refused as AnnouncementInvalidError).problems).toEqual([
      { field: 'audience', message: 'Er is niemand om dit naar te sturen. Kies een andere doelgroep.' },
    ]);
    expect((await world.announcements.get(a.id)).status).toBe('draft');
  });
});

describe('stopping a send halfway', () => {
  it('stops what was not sent, keeps what was, and tells the author', async () => {
    const storage = await openTestStorage('sqlite');
    const world = await startAnnouncementWorld(storage, { rate: 20 });
    try {
      const people = await seedPeople(world, 100);
      const a = await world.announcements.create(news({ kind: 'all' }), ADMIN);
      await world.announcements.send(a.id, ADMIN);
      await world.simulator.waitForDistinct(10, 20_000);
      const stopped = await world.announcements.cancel(a.id, ADMIN);
      expect(stopped).toBeGreaterThan(50);
      const counts = await waitUntilFinished(storage, purposes.message(a.id));
      expect(counts.cancelled).toBe(stopped);
      expect(counts.sent + counts.cancelled).toBe(people.length + 1);
      const progress = await world.announcements.progress(a.id);
      expect(progress).toMatchObject({
        status: 'cancelled',
        counts: { sent: counts.sent, cancelled: stopped },
      });
      // Cancelled messages never reach Teams; those sent went out once.
      expect(world.simulator.summary()).toMatchObject({ duplicates: 0 });
      const [card] = await world.delivery.sentActivities([purposes.author(a.id)]);
      await until(
        'the author card update',
        async () => (world.simulator.activity(card.activityId)?.updates.length ?? 0) > 0,
      );
      expect(cardText(world.simulator.activity(card.activityId)!.updates[0])).toContain(
        'Het versturen is gestopt',
      );
      await expect(world.announcements.cancel(a.id, ADMIN)).rejects.toThrow('Alleen een geplande of lopende');
    } finally {
      await world.stop();
      await storage.close();
    }
  });
});
