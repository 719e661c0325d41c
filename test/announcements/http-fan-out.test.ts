import { purposes } from '../../src/announcements';
import { FLOW_BACKSTOP_MS, STALLED_POLLS, waitUntilFinished } from '../delivery/delivery-harness';
import { cardText, until } from './announcement-harness';
import { API_ADMIN, startAnnouncementService, type AnnouncementService } from './http-harness';

/** Teams' own limit per app per tenant: the service is configured with it and the simulator enforces it. */
const RATE = 50;
const PEOPLE = 2000;
const BASE = '/api/admin/announcements';

interface Snapshot {
  status: string;
  pending: number;
  sent: number;
  ratePerSecond: number;
  secondsLeft: number;
}

/**
 * One announcement to 2,000 people through the HTTP API, at Teams' rate limit, as an admin follows it: every
 * person gets it exactly once, progress shows while it goes out, acknowledgements are counted, an edit updates
 * every message in place and a retraction deletes every one.
 * @remarks The flows take about as long as Teams allows (2,000 at 50 per second is 40 s each); every wait ends on
 * its condition. The rate achieved is measured in bench/announcements, not here.
 */
describe('an announcement to 2,000 people through the API, at Teams’ rate', () => {
  let world: AnnouncementService;
  let people: string[];
  let id: string;
  const total = PEOPLE + 1; // the admin has the app too
  beforeAll(async () => {
    world = await startAnnouncementService(RATE);
    people = await world.seed(PEOPLE);
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    await world?.stop();
  });

  const get = async () => (await world.call('GET', `${BASE}/${id}`)).json;
  /** The activity id of the author's progress card, which went to the admin's chat before the announcement. */
  let authorCardId: string | undefined;
  const authorCard = async () => {
    const [card] = await world.storage.db
      .selectFrom('outbox')
      .select('activity_id')
      .where('purpose', '=', purposes.author(id))
      .where('operation', '=', 'send')
      .execute();
    authorCardId ??= card?.activity_id ?? undefined;
    if (!authorCardId) throw new Error('the author’s card was not sent');
    return authorCardId;
  };
  /** Every announcement message Teams has, with what happened to it since (the author's card apart). */
  const delivered = async () => {
    const skip = await authorCard();
    return [...world.simulator.activityHistories()].filter(([activityId]) => activityId !== skip);
  };

  it(
    'delivers one message to each person, showing progress while it goes out',
    async () => {
      const created = await world.call('POST', BASE, {
        body: {
          title: 'Nieuwe werkwijze bij zorgen achter de voordeur',
          body: 'Vanaf 1 maart meld je zorgen eerst bij je aandachtsfunctionaris. Twijfel? Bel 0800-2000.',
          buttons: [{ title: 'Lees de werkwijze', url: 'https://intranet.example.org/meldcode' }],
          audience: { kind: 'all' },
          acknowledge: true,
          reminderAfterDays: 7,
        },
      });
      id = created.json.id as string;
      const count = await world.call('POST', `${BASE}/audience-count`, {
        body: { audience: { kind: 'all' } },
      });
      expect(count.json).toEqual({ count: total, unknown: [], gone: 0 });

      const sent = await world.call('POST', `${BASE}/${id}/send`, { body: {} });
      expect([sent.status, sent.json]).toEqual([
        202,
        { status: 'sending', recipients: total, unknown: [], gone: 0 },
      ]);

      // The admin's screen asks every half second, as the Beheer tab would, until it says sent.
      const snapshots: Snapshot[] = [];
      for (;;) {
        const json = await get();
        const counts = json.counts as { pending: number; sent: number };
        snapshots.push({
          status: json.status as string,
          pending: counts.pending,
          sent: counts.sent,
          ratePerSecond: json.ratePerSecond as number,
          secondsLeft: json.secondsLeft as number,
        });
        if (json.status === 'sent') break;
        const stalled = snapshots.slice(-STALLED_POLLS);
        if (stalled.length === STALLED_POLLS && stalled.every((s) => s.sent === stalled[0].sent))
          throw new Error(`nothing was sent in ${STALLED_POLLS} polls: ${JSON.stringify(snapshots.at(-1))}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      // Seen while sending: fewer and fewer waiting, more and more sent, and an honest time left.
      const during = snapshots.filter((s) => s.pending > 0 && s.pending < total);
      expect(during.length).toBeGreaterThanOrEqual(10);
      for (let i = 1; i < snapshots.length; i++) {
        expect(snapshots[i].pending).toBeLessThanOrEqual(snapshots[i - 1].pending);
        expect(snapshots[i].sent).toBeGreaterThanOrEqual(snapshots[i - 1].sent);
      }
      expect(new Set(during.map((s) => s.pending)).size).toBeGreaterThanOrEqual(10);
      expect(during.some((s) => s.ratePerSecond > 0)).toBe(true);
      for (const s of during.filter((d) => d.ratePerSecond > 0)) {
        // The time left is what is waiting at the measured rate (shown rounded to a tenth).
        expect(s.secondsLeft).toBeGreaterThanOrEqual(s.pending / (s.ratePerSecond + 0.05));
        expect(s.secondsLeft).toBeLessThan(s.pending / (s.ratePerSecond - 0.05) + 1);
      }
      expect(snapshots.at(-1)).toMatchObject({ status: 'sent', pending: 0, sent: total, secondsLeft: 0 });

      for (const person of people) expect(world.simulator.messages(`a:${person}`)).toHaveLength(1);
      expect(cardText(world.simulator.messages(`a:${people[1]}`)[0])).toContain('Gelezen en begrepen');
      expect(world.simulator.summary()).toMatchObject({ distinct: total + 1, duplicates: 0 });
      const authorCardId = await authorCard();
      await until('the author’s card to say it is sent', async () =>
        (world.simulator.activity(authorCardId)?.updates ?? []).some((u) =>
          cardText(u).includes('Je aankondiging is verstuurd'),
        ),
      );
    },
    FLOW_BACKSTOP_MS,
  );

  it('counts each acknowledgement once', async () => {
    const readers = people.slice(0, 25);
    for (const person of readers) await world.acknowledge(id, person);
    await world.acknowledge(id, readers[0]);
    expect(((await get()).counts as { acknowledged: number }).acknowledged).toBe(25);
  });

  it(
    'updates every sent message once, in place, after an edit',
    async () => {
      const edited = await world.call('PATCH', `${BASE}/${id}`, {
        body: {
          body: 'Vanaf 1 april meld je zorgen eerst bij je aandachtsfunctionaris.',
          expectedRevision: 1,
        },
      });
      expect([edited.status, edited.json.revision]).toEqual([200, 2]);
      const updates = await waitUntilFinished(world.storage, purposes.edit(id, 2));
      expect(updates).toMatchObject({ sent: total, failed: 0 });
      const histories = await delivered();
      expect(histories).toHaveLength(total);
      expect(histories.every(([, h]) => h.updates.length === 1)).toBe(true);
      const updateOf = (person: string) =>
        cardText(histories.find(([, h]) => h.conversationId === `a:${person}`)![1].updates[0]);
      expect(updateOf(people[100])).toContain('1 april');
      expect(updateOf(people[100])).toContain('announcement.acknowledge');
      expect(updateOf(people[3])).toContain('Gelezen en begrepen op {{DATE(');
    },
    FLOW_BACKSTOP_MS,
  );

  it(
    'deletes every sent message once when retracted',
    async () => {
      const retracted = await world.call('POST', `${BASE}/${id}/retract`);
      expect([retracted.status, retracted.json]).toEqual([202, { deletes: total }]);
      const deletes = await waitUntilFinished(world.storage, purposes.retract(id));
      expect(deletes).toMatchObject({ sent: total, failed: 0 });
      expect((await delivered()).every(([, h]) => h.updates.length === 1 && h.deletes === 1)).toBe(true);
      expect(await get()).toMatchObject({ status: 'retracted', retractDoneAt: expect.any(String) });
      expect(world.simulator.summary()).toMatchObject({ distinct: total + 1, duplicates: 0 });
      const audit = await world.call('GET', `${BASE}/${id}/audit`);
      expect((audit.json.entries as { action: string; actorId: string }[]).map((e) => e.action)).toEqual([
        'retracted',
        'edited',
        'sent',
        'created',
      ]);
      expect((audit.json.entries as { actorId: string }[])[0].actorId).toBe(API_ADMIN.oid);
    },
    FLOW_BACKSTOP_MS,
  );
});
