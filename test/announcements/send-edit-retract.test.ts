import { purposes } from '../../src/announcements';
import type { Storage } from '../../src/storage/database';
import { ENGINES, openTestStorage } from '../support/databases';
import {
  ADMIN,
  cardText,
  seedPeople,
  startAnnouncementWorld,
  until,
  type AnnouncementWorld,
} from './announcement-harness';

// Teams' 50 per second, scaled up so that the flow takes seconds; pacing does not depend on the rate.
const RATE = 200;
const RECIPIENTS = 200;

describe.each(ENGINES)(
  'an announcement to 200 people on %s: sent once each, edited in place, retracted',
  (engine) => {
    let storage: Storage;
    let world: AnnouncementWorld;
    let people: string[];
    let id: string;
    beforeAll(async () => {
      storage = await openTestStorage(engine);
      world = await startAnnouncementWorld(storage, { rate: RATE });
      people = await seedPeople(world, RECIPIENTS);
    });
    afterAll(async () => {
      await world.stop();
      await storage.close();
    });

    let authorCardId: string;
    /** What became of each announcement message the simulator delivered (the author's progress card apart). */
    const activities = () =>
      [...world.simulator.activityHistories()].filter(([activityId]) => activityId !== authorCardId);

    it('sends one message to each recipient through the paced outbox, and the author a progress card', async () => {
      const { announcements } = world;
      const created = await announcements.create(
        {
          title: 'Nieuwe data opfriscursus',
          body: 'De opfriscursus is verplaatst naar **dinsdag 3 maart**. Twijfel? Bel Veilig Thuis: 0800-2000.',
          buttons: [{ title: 'Aanmelden', url: 'https://intranet.example.org/cursus' }],
          audience: { kind: 'all' },
          acknowledge: true,
        },
        ADMIN,
      );
      id = created.id;
      // Everyone with the app, the admin included: the count the admin sees before sending.
      expect(await announcements.previewAudience({ audience: { kind: 'all' } })).toEqual({
        count: RECIPIENTS + 1,
        unknown: [],
        gone: 0,
      });
      const sent = await announcements.send(id, ADMIN);
      expect(sent).toEqual({ status: 'sending', recipients: RECIPIENTS + 1, unknown: [], gone: 0 });
      // A second press of "send" changes nothing.
      await expect(announcements.send(id, ADMIN)).rejects.toThrow('al verstuurd');

      await until(
        'the announcement to be sent',
        async () => (await announcements.progress(id)).status === 'sent',
      );
      const progress = await announcements.progress(id);
      expect(progress.counts).toEqual({
        total: RECIPIENTS + 1,
        pending: 0,
        sent: RECIPIENTS + 1,
        failed: 0,
        cancelled: 0,
        acknowledged: 0,
      });
      expect(progress.ratePerSecond).toBeGreaterThan(0);

      for (const person of people) expect(world.simulator.messages(`a:${person}`)).toHaveLength(1);
      expect(world.simulator.summary()).toMatchObject({ duplicates: 0, throttledTenant: 0 });
      expect(cardText(world.simulator.messages(`a:${people[1]}`)[0])).toContain('Gelezen en begrepen');
      // The first recipient reads English (seeded locale en-GB).
      expect(cardText(world.simulator.messages(`a:${people[0]}`)[0])).toContain('Read and understood');

      // The author's card went first, and was updated in place when sending ended.
      const [progressCard, announcementToAdmin] = world.simulator.messages(`a:${ADMIN.id}`);
      expect(cardText(progressCard)).toContain('Je aankondiging wordt verstuurd');
      expect(cardText(announcementToAdmin)).toContain('Nieuwe data opfriscursus');
      await until('the author card to be updated', async () => {
        const [card] = await world.delivery.sentActivities([purposes.author(id)]);
        return (world.simulator.activity(card.activityId)?.updates.length ?? 0) === 1;
      });
      const [authorCard] = await world.delivery.sentActivities([purposes.author(id)]);
      authorCardId = authorCard.activityId;
      const update = world.simulator.activity(authorCardId)!.updates[0];
      expect(cardText(update)).toContain('Je aankondiging is verstuurd');
      expect(cardText(update)).toContain(`"value":"${RECIPIENTS + 1}"`);
    });

    it('records acknowledgements once per person', async () => {
      for (const person of people.slice(0, 3))
        await world.announcements.acknowledge(id, { aadObjectId: person });
      const again = await world.announcements.acknowledge(id, { aadObjectId: people[0] });
      expect(again.first).toBe(false);
      expect((await world.announcements.progress(id)).counts.acknowledged).toBe(3);
    });

    it('updates every sent message once, in place, each in its reader’s own state', async () => {
      const edited = await world.announcements.edit(
        id,
        { body: 'De opfriscursus is verplaatst naar **donderdag 5 maart**.', expectedRevision: 1 },
        ADMIN,
      );
      expect(edited.revision).toBe(2);
      await until('every update', async () => activities().every(([, h]) => h.updates.length >= 1), 30_000);
      const histories = activities();
      expect(histories).toHaveLength(RECIPIENTS + 1);
      expect(histories.every(([, h]) => h.updates.length === 1)).toBe(true);
      const updateOf = (person: string) =>
        cardText(histories.find(([, h]) => h.conversationId === `a:${person}`)![1].updates[0]);
      expect(updateOf(people[5])).toContain('donderdag 5 maart');
      // Who acknowledged sees that, not the button again.
      expect(updateOf(people[1])).toContain('Gelezen en begrepen op {{DATE(');
      expect(updateOf(people[1])).not.toContain('announcement.acknowledge');
      expect(updateOf(people[5])).toContain('announcement.acknowledge');
      // An edit from an older revision lost the race: refused, nothing sent.
      await expect(
        world.announcements.edit(id, { title: 'Oud', expectedRevision: 1 }, ADMIN),
      ).rejects.toThrow('Iemand anders');
    });

    it('deletes every sent message once when retracted, paced within the same limit', async () => {
      const deletes = await world.announcements.retract(id, ADMIN);
      expect(deletes).toBe(RECIPIENTS + 1);
      await until('every delete', async () => activities().every(([, h]) => h.deletes >= 1), 30_000);
      expect(activities().every(([, h]) => h.updates.length === 1 && h.deletes === 1)).toBe(true);
      await until('the retraction to be done', async () =>
        Boolean((await world.announcements.get(id)).retractDoneAt),
      );
      // Sends, updates and deletes: every request, measured by the simulator, within the tenant limit.
      expect(world.simulator.peakArrivals(1000)).toBeLessThanOrEqual(RATE);
      expect(world.simulator.summary()).toMatchObject({ distinct: RECIPIENTS + 2, duplicates: 0 });
      await expect(world.announcements.acknowledge(id, { aadObjectId: people[9] })).rejects.toThrow(
        'bestaat niet',
      );
    });

    it('keeps an audit line for every action, without the text', async () => {
      const log = await world.announcements.auditLog({ announcementId: id });
      expect(log.map((e) => e.action).sort()).toEqual(['created', 'edited', 'retracted', 'sent']);
      expect(log.find((e) => e.action === 'sent')).toMatchObject({
        actorId: ADMIN.id,
        actorName: ADMIN.name,
        title: 'Nieuwe data opfriscursus',
        detail: { recipients: RECIPIENTS + 1, unknown: 0, gone: 0 },
      });
      expect(JSON.stringify(log)).not.toContain('maart');
    });
  },
);
