import { describeEachEngine } from '../../test/support/databases';
import { importTrainingRecords, runReminderPass, runSummaryPass } from '../training';
import { OutboxStore } from './outbox-store';
import { PersonStore } from './person-store';
import { TeamMemberStore } from './team-member-store';
import { TeamRoleStore } from './team-role-store';
import { TrainingLearnerStore } from './training-learner-store';
import { TrainingReminderStore } from './training-reminder-store';
import { TrainingStore } from './training-store';

// Wednesday 12 March 2025, 10:00 in Amsterdam.
const NOW = new Date('2025-03-12T09:00:00.000Z');

describeEachEngine('training passes on real stores', (storage) => {
  let deps: ReturnType<typeof build>;
  const build = () => {
    const { db, dialect } = storage();
    const training = new TrainingStore(db);
    const learners = new TrainingLearnerStore(db);
    return {
      courses: training,
      records: training,
      learners,
      teams: learners,
      reminders: new TrainingReminderStore(db),
      outbox: new OutboxStore(db, dialect),
      people: new PersonStore(db),
    };
  };
  const outbox = () => ({
    enqueue: (items: Parameters<OutboxStore['enqueue']>[0]) => deps.outbox.enqueue(items, NOW),
  });
  const pass = (at = NOW) =>
    runReminderPass({ ...deps, outbox: outbox(), card: (r) => ({ type: 'message', text: r.key }), now: at });

  beforeAll(async () => {
    deps = build();
    for (const [id, email] of [
      ['aad-1', 'een@corp.nl'],
      ['aad-2', 'twee@corp.nl'],
      ['aad-3', 'drie@corp.nl'],
    ]) {
      await deps.people.upsert({ aadObjectId: id!, email, tenantId: 'tenant-1', at: NOW });
    }
    await new TeamMemberStore(storage().db).replaceMembers('t1', ['aad-1', 'aad-2', 'aad-3'], NOW);
    await new TeamRoleStore(storage().db).assign({
      teamId: 't1',
      aadObjectId: 'aad-1',
      role: 'manager',
      source: 'admin',
      assignedBy: 'admin',
      assignedAt: NOW,
    });
  });

  it('imports a file, and the same file again changes nothing', async () => {
    const file =
      'email;course;completed_on\r\n' +
      // Both courses done recently: nothing due.
      'een@corp.nl;veilig-achter-de-voordeur;01-03-2025\r\n' +
      'een@corp.nl;meldcode-e-learning;01-03-2025\r\n' +
      // The main training is due on 1 April: 20 days left.
      'twee@corp.nl;Veilig achter de voordeur;1-4-2023\r\n' +
      'twee@corp.nl;meldcode-e-learning;2025-01-01\r\n' +
      'onbekend@corp.nl;veilig-achter-de-voordeur;01-03-2025\r\n';
    const props = { ...deps, body: Buffer.from(file), now: NOW };
    const dry = await importTrainingRecords({ ...props, dryRun: true });
    expect(await deps.records.allRecords()).toEqual([]);
    const first = await importTrainingRecords(props);
    expect(first).toEqual(dry);
    expect(first).toMatchObject({ imported: 4, updated: 0, unchanged: 0 });
    expect(first.errors.map((e) => e.line)).toEqual([6]);
    expect(await importTrainingRecords(props)).toMatchObject({ imported: 0, updated: 0, unchanged: 4 });
  });

  it('sends each reminder once: a second pass, a restart or a second instance adds nothing', async () => {
    const before = await deps.reminders.sentReminders();
    const [a, b] = await Promise.all([pass(), pass()]);
    // Twee: 30-day reminder for the main training. Drie: never did anything; the main training comes first.
    expect(a.reminders.map((r) => `${r.aadObjectId} ${r.courseId} ${r.stage}`)).toEqual([
      'aad-2 veilig-achter-de-voordeur before-30',
      'aad-3 veilig-achter-de-voordeur never-1',
    ]);
    expect(a.enqueued + b.enqueued).toBe(2);
    // A second instance that read the history before the first one wrote it plans the same keys; the outbox
    // refuses them.
    const late = Object.assign(Object.create(deps.reminders) as TrainingReminderStore, {
      sentReminders: async () => before,
    });
    const racing = await runReminderPass({
      ...deps,
      reminders: late,
      outbox: outbox(),
      card: () => ({}),
      now: NOW,
    });
    expect(racing.reminders.map((r) => r.key)).toEqual(a.reminders.map((r) => r.key));
    expect(racing.enqueued).toBe(0);
    const counts = await deps.outbox.purposeCounts('training-reminder:2025-03-12', NOW);
    expect(counts.counts.pending).toBe(2);
    const again = await pass(new Date(NOW.getTime() + 60 * 60 * 1000));
    expect(again.reminders).toEqual([]);
    expect(await deps.reminders.sentReminders()).toHaveLength(2);
  });

  it('a dry run tells what it would send and sends nothing', async () => {
    const nextWeek = new Date('2025-03-19T09:00:00.000Z');
    const dry = await runReminderPass({
      ...deps,
      outbox: outbox(),
      card: () => ({}),
      now: nextWeek,
      dryRun: true,
    });
    // Twee's refresher is 13 days away now; Drie's second late reminder is due.
    expect(dry.reminders.map((r) => r.stage)).toEqual(['before-14', 'never-2']);
    expect(dry.enqueued).toBe(0);
    expect(await deps.reminders.sentReminders()).toHaveLength(2);
  });

  it('queues the weekly summary once per manager and week; a dry run queues nothing', async () => {
    const run = (dryRun?: boolean) =>
      runSummaryPass({
        ...deps,
        outbox: outbox(),
        card: (summary) => ({ type: 'message', text: `${summary.upToDate}/${summary.people}` }),
        now: NOW,
        dryRun,
      });
    const summaries = [{ teamId: 't1', managerId: 'aad-1', key: 'training-summary|t1|aad-1|2025-W11' }];
    expect(await run(true)).toEqual({ week: '2025-W11', ran: true, dryRun: true, summaries, enqueued: 0 });
    const first = await run();
    expect(first).toEqual({ week: '2025-W11', ran: true, dryRun: false, summaries, enqueued: 1 });
    expect((await run()).enqueued).toBe(0);
  });
});
