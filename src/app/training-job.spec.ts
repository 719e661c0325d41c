import { Writable } from 'node:stream';
import { Cron } from 'croner';
import { openTestStorage } from '../../test/support/databases';
import type { RosterEntry, RosterTeam } from '../directory/roster-sync';
import { createLogger } from '../logging';
import type { Storage } from '../storage/database';
import { createStores, type Stores } from '../storage/stores';
import { claimCourseDone, snoozeCourse, todayIn } from '../training';
import { wallClock } from '../training/local-date';
import { TRAINING_SCHEDULE, trainingJob } from './training-job';
import { trainingPasses } from './training-passes';

const TZ = 'Europe/Amsterdam';
const VADV = 'veilig-achter-de-voordeur';
const ELEARNING = 'meldcode-e-learning';
const TEAM: RosterTeam = { teamId: 't1', serviceUrl: 'https://smba.example/emea/', tenantId: 'tenant-1' };
const quiet = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));

/** The team as Teams' roster gives it: names and addresses, no language. */
const ROSTER: RosterEntry[] = [
  { aadObjectId: 'anna', name: 'Anna Aalders', email: 'anna@corp.example' },
  { aadObjectId: 'bram', name: 'Bram Bakker', email: 'bram@corp.example' },
  { aadObjectId: 'cees', name: 'Cees Claassen', email: 'cees@corp.example' },
  { aadObjectId: 'dirk', name: 'Dirk Dekker', email: 'dirk@corp.example' },
  { aadObjectId: 'mgr', name: 'Mira Manager', email: 'mira@corp.example' },
];

/** The job's scheduled times from `from` to `to`, as croner computes them in Amsterdam. */
function slots(from: string, to: string): Date[] {
  const cron = new Cron(TRAINING_SCHEDULE, { timezone: TZ, paused: true });
  const end = new Date(to).getTime();
  const all: Date[] = [];
  let next = cron.nextRun(new Date(from));
  while (next && next.getTime() <= end) {
    all.push(next);
    next = cron.nextRun(next);
  }
  cron.stop();
  return all;
}

/** A reminder or summary in the outbox, read back as `date time who what`. */
async function outboxLog(storage: Storage) {
  const rows = await storage.db
    .selectFrom('outbox')
    .select(['idempotency_key', 'created_at', 'payload', 'recipient'])
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  return rows.map((r) => {
    const { date, hour, minute } = wallClock(new Date(r.created_at), TZ);
    const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    return { date, time, key: r.idempotency_key, payload: r.payload, recipient: r.recipient };
  });
}

describe('the training job, day by day on the real store and outbox', () => {
  let storage: Storage;
  let stores: Stores;
  let rosterReads: string[];

  /** One instance's job at `slot`: built anew each time, as after a restart. */
  const job = (slot: Date) =>
    trainingJob({
      ...stores,
      passes: trainingPasses({
        ...stores,
        outbox: { enqueue: (items) => stores.outbox.enqueue(items, slot) },
        timeZone: TZ,
      }),
      teams: async () => [TEAM],
      readRoster: async (team) => {
        rosterReads.push(todayIn(slot, TZ));
        return team.teamId === TEAM.teamId ? ROSTER : undefined;
      },
      logger: quiet,
    });

  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    stores = createStores(storage, TZ);
    rosterReads = [];
    const at = new Date('2025-04-01T08:00:00Z');
    // Only what Teams tells when people use the app: their language. The roster brings the rest.
    await stores.people.upsert({ aadObjectId: 'bram', locale: 'en-US', at });
    await stores.people.upsert({ aadObjectId: 'mgr', locale: 'nl-NL', at });
    // Installed in the team: people who never talked to Voordeur are reached through its service URL.
    await stores.installations.record({
      conversationId: TEAM.teamId,
      scope: 'team',
      teamId: TEAM.teamId,
      tenantId: TEAM.tenantId,
      address: {
        channelId: 'msteams',
        serviceUrl: TEAM.serviceUrl,
        conversation: { id: TEAM.teamId, tenantId: TEAM.tenantId, conversationType: 'channel' },
        bot: { id: '28:bot' },
      },
      at,
      event: 'install',
    });
    await stores.teamRoles.assign({
      teamId: TEAM.teamId,
      aadObjectId: 'mgr',
      role: 'manager',
      source: 'admin',
      assignedBy: 'admin',
      assignedAt: at,
    });
  });
  afterAll(() => storage.close());

  it('sends nothing before the first import, and reads the roster meanwhile', async () => {
    const [first] = slots('2025-04-04T00:00:00Z', '2025-04-04T23:00:00Z');
    expect(await job(first!).run(first!)).toEqual({ rostersRead: 1, rostersFailed: 0, noRecords: 1 });
    expect(await stores.teamMembers.membersOf(TEAM.teamId)).toEqual(['anna', 'bram', 'cees', 'dirk', 'mgr']);
    // The roster filled in names and addresses and kept the language Teams gave earlier.
    expect(await stores.people.get('bram')).toMatchObject({
      displayName: 'Bram Bakker',
      email: 'bram@corp.example',
      locale: 'en-US',
    });
    expect(await outboxLog(storage)).toEqual([]);
  });

  it('reminds at the right stages in working hours only, catches up once, honours snooze and claim, escalates', async () => {
    // Anna's main training is due on Monday 5 May 2025 (Bevrijdingsdag); the manager is up to date; the others
    // never did a course.
    await stores.training.saveImport(
      [
        { aadObjectId: 'anna', courseId: VADV, completedOn: '2023-05-05', source: 'import' },
        { aadObjectId: 'anna', courseId: ELEARNING, completedOn: '2025-01-10', source: 'import' },
        { aadObjectId: 'mgr', courseId: VADV, completedOn: '2024-06-01', source: 'import' },
        { aadObjectId: 'mgr', courseId: ELEARNING, completedOn: '2025-02-01', source: 'import' },
      ],
      new Date('2025-04-04T10:00:00Z'),
    );
    const events = [
      // Cees says he did the main training; nobody decides.
      {
        at: new Date('2025-04-08T08:00:00Z'),
        run: (at: Date) => claimCourseDone({ ...use('cees'), courseId: VADV, now: at }),
      },
      // Dirk asks to be reminded of it next week.
      {
        at: new Date('2025-04-09T09:00:00Z'),
        run: (at: Date) => snoozeCourse({ ...use('dirk'), courseId: VADV, now: at }),
      },
    ];
    // Every scheduled time from Monday 7 April to Friday 9 May, except Monday 14 April: no instance ran then.
    for (const slot of slots('2025-04-06T00:00:00Z', '2025-05-09T23:00:00Z')) {
      while (events[0] && events[0].at <= slot) {
        const event = events.shift()!;
        await event.run(event.at);
      }
      if (todayIn(slot, TZ) === '2025-04-14') continue;
      // Two instances at once: the lease normally lets one run, but the keys alone must hold.
      await Promise.all([job(slot).run(slot), job(slot).run(slot)]);
    }

    const log = await outboxLog(storage);
    const reminders = log.filter((l) => l.key.startsWith('training-reminder|'));
    const lines = reminders.map((l) => {
      const [, who, course, stage] = l.key.split('|');
      return `${l.date} ${l.time} ${who} ${course === VADV ? 'vadv' : 'e-learning'} ${stage}`;
    });
    expect(lines.sort()).toEqual(
      [
        // Before-30 was reached on Saturday 5 April: sent on the next working morning, once.
        '2025-04-07 09:07 anna vadv before-30',
        // Before-14 was reached on Easter Monday: the next day.
        '2025-04-22 09:07 anna vadv before-14',
        '2025-05-02 09:07 anna vadv before-3',
        // Overdue from the holiday of 5 May, but one reminder a week: Friday.
        '2025-05-09 09:07 anna vadv overdue-1',
        '2025-04-07 09:07 bram vadv never-1',
        // Monday 14 April was missed: Tuesday catches up, once.
        '2025-04-15 09:07 bram vadv never-2',
        '2025-04-22 09:07 bram vadv never-3',
        // Three late reminders went unanswered: no more about it; the next course takes its turn.
        '2025-04-29 09:07 bram e-learning never-1',
        '2025-05-06 09:07 bram e-learning never-2',
        '2025-04-07 09:07 cees vadv never-1',
        // The claim of Tuesday 8 April 10:00 pauses the main training until Tuesday 22 April 10:00.
        '2025-04-15 09:07 cees e-learning never-1',
        '2025-04-22 09:07 cees e-learning never-2',
        '2025-04-29 09:07 cees vadv never-2',
        '2025-05-06 09:07 cees vadv never-3',
        '2025-04-07 09:07 dirk vadv never-1',
        // Snoozed on Wednesday 9 April until Wednesday 16 April 11:00.
        '2025-04-15 09:07 dirk e-learning never-1',
        '2025-04-22 09:07 dirk vadv never-2',
        '2025-04-29 09:07 dirk vadv never-3',
        '2025-05-06 09:07 dirk e-learning never-2',
      ].sort(),
    );
    // Each once, though two instances ran every time.
    expect(new Set(reminders.map((r) => r.key)).size).toBe(reminders.length);
    expect(await stores.trainingReminders.sentReminders()).toHaveLength(reminders.length);
    // In the person's language.
    const card = (who: string) => reminders.find((r) => r.key.includes(`|${who}|`))!.payload;
    expect(card('bram')).toContain('A training is waiting for you');
    expect(card('anna')).toContain('Je training moet binnenkort opnieuw');
    expect(JSON.parse(reminders.find((r) => r.key.includes('|anna|'))!.recipient)).toEqual({
      kind: 'person',
      aadObjectId: 'anna',
      tenantId: 'tenant-1',
      serviceUrl: TEAM.serviceUrl,
    });

    // The manager's summary: once a week, on the week's first working morning, in Dutch.
    const summaries = log.filter((l) => l.key.startsWith('training-summary|'));
    expect(summaries.map((s) => `${s.date} ${s.time} ${s.key.split('|').slice(1).join(' ')}`)).toEqual([
      '2025-04-07 09:07 t1 mgr 2025-W15',
      '2025-04-15 09:07 t1 mgr 2025-W16',
      '2025-04-22 09:07 t1 mgr 2025-W17',
      '2025-04-28 09:07 t1 mgr 2025-W18',
      '2025-05-06 09:07 t1 mgr 2025-W19',
    ]);
    const week = (n: number) => summaries.find((s) => s.key.endsWith(`W${n}`))!.payload;
    expect(week(16)).toContain('Wachten op jouw bevestiging');
    expect(week(16)).toContain('Cees Claassen');
    // Bram got his third reminder on 22 April: escalated from the next week's summary on, not in that one.
    // The sections come in this order: claims, escalated, late.
    const escalated = (n: number) =>
      (week(n).split('Reageerden niet op drie herinneringen')[1] ?? '').split(
        'Verlopen of nog niet gedaan',
      )[0]!;
    expect(escalated(17)).not.toContain('Bram Bakker');
    expect(escalated(18)).toContain('Bram Bakker');
    expect(escalated(18)).not.toContain('Dirk Dekker');
    expect(escalated(19)).toContain('Dirk Dekker');

    // Working days only, and only on the first scheduled time a day.
    const days = [...new Set(log.map((l) => l.date))];
    expect(days).not.toContain('2025-04-21'); // Tweede Paasdag
    expect(days).not.toContain('2025-05-05'); // Bevrijdingsdag
    expect(new Set(log.map((l) => l.time))).toEqual(new Set(['09:07']));
    // The roster was read again each day it was older than a day.
    expect(rosterReads).toContain('2025-05-09');
    expect(rosterReads).not.toContain('2025-04-14');
  });

  function use(aadObjectId: string) {
    return { courses: stores.training, reminders: stores.trainingReminders, aadObjectId };
  }
});
