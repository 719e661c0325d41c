import { describeEachEngine } from '../../test/support/databases';
import { SEED_COURSES, type Course } from '../training';
import { TrainingReminderStore } from './training-reminder-store';
import { TrainingStore } from './training-store';

const AT = new Date('2025-03-12T09:00:00.000Z');
const EHBO: Course = {
  id: 'ehbo-basis',
  name: { nl: 'EHBO basis', en: 'First aid basics' },
  appliesTo: { kind: 'profiles', profiles: ['vakmannen', 'buurtbeheer'] },
};

describeEachEngine('TrainingStore: the catalogue as admins change it', (storage) => {
  let store: TrainingStore;
  let reminders: TrainingReminderStore;
  beforeAll(() => {
    store = new TrainingStore(storage().db);
    reminders = new TrainingReminderStore(storage().db);
  });

  it('creates a course last in the catalogue, once-only and without a link as given', async () => {
    expect(await store.save(EHBO, AT)).toEqual({ created: true });
    expect(await store.list()).toEqual([...SEED_COURSES, EHBO]);
    expect(await store.get(EHBO.id)).toEqual(EHBO);
  });

  it('replaces a course in its own place, and clears what the new version leaves out', async () => {
    const changed: Course = {
      id: SEED_COURSES[0]!.id,
      name: { nl: 'Veilig achter de voordeur (2025)', en: 'Safe behind the front door (2025)' },
      validityMonths: 36,
      appliesTo: { kind: 'teams', teamIds: ['19:a@thread.tacv2'] },
      enrolUrl: 'https://leren.example.org/vadv',
    };
    expect(await store.save(changed, AT)).toEqual({ created: false });
    expect((await store.list()).map((c) => c.id)).toEqual([changed.id, SEED_COURSES[1]!.id, EHBO.id]);
    expect(await store.get(changed.id)).toEqual(changed);

    const once = { ...changed, validityMonths: undefined, enrolUrl: undefined };
    await store.save(once, AT);
    const stored = await store.get(changed.id);
    expect(stored).toEqual({ id: changed.id, name: changed.name, appliesTo: changed.appliesTo });
  });

  it('removes a course with everything kept about it, and nothing of other courses', async () => {
    const other = SEED_COURSES[1]!.id;
    await store.saveImport(
      [
        { aadObjectId: 'p1', courseId: EHBO.id, completedOn: '2024-05-01', source: 'import' },
        { aadObjectId: 'p2', courseId: EHBO.id, completedOn: '2024-06-01', source: 'import' },
        { aadObjectId: 'p1', courseId: other, completedOn: '2024-05-01', source: 'import' },
      ],
      AT,
    );
    const sent = (aadObjectId: string, courseId: string) => ({
      key: `k|${aadObjectId}|${courseId}`,
      aadObjectId,
      courseId,
      stage: 'never-1' as const,
      sentAt: AT,
    });
    await reminders.recordSent([sent('p3', EHBO.id), sent('p3', other)]);
    await reminders.snooze({ aadObjectId: 'p3', courseId: EHBO.id, until: new Date('2099-01-01') });
    await reminders.openClaim({ aadObjectId: 'p3', courseId: EHBO.id, claimedAt: AT });
    await reminders.openClaim({ aadObjectId: 'p3', courseId: other, claimedAt: AT });

    expect(await store.remove(EHBO.id)).toEqual({ records: 2, reminders: 1, snoozes: 1, claims: 1 });
    expect(await store.get(EHBO.id)).toBeUndefined();
    expect((await store.allRecords()).map((r) => `${r.aadObjectId} ${r.courseId}`)).toEqual([`p1 ${other}`]);
    expect((await reminders.sentReminders()).map((r) => r.courseId)).toEqual([other]);
    expect(await reminders.activeSnoozes(AT)).toEqual([]);
    expect((await reminders.claims()).map((c) => c.courseId)).toEqual([other]);

    expect(await store.remove(EHBO.id)).toBeUndefined();
    // Made again, it starts empty and last.
    expect(await store.save(EHBO, AT)).toEqual({ created: true });
    expect((await store.list()).at(-1)).toEqual(EHBO);
    expect(await store.recordsOf(['p1', 'p2'])).toHaveLength(1);
  });
});
