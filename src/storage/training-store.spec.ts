import { describeEachEngine } from '../../test/support/databases';
import { claimCourseDone, decideClaim, SEED_COURSES, snoozeCourse, type TrainingRecord } from '../training';
import { PersonStore } from './person-store';
import { TrainingReminderStore } from './training-reminder-store';
import { TrainingStore } from './training-store';

const VADV = 'veilig-achter-de-voordeur';
const rec = (aadObjectId: string, completedOn: string, courseId = VADV): TrainingRecord => ({
  aadObjectId,
  courseId,
  completedOn,
  source: 'import',
});
const AT = new Date('2025-03-12T09:00:00.000Z');

describeEachEngine('TrainingStore', (storage) => {
  let store: TrainingStore;
  beforeAll(() => {
    store = new TrainingStore(storage().db);
  });

  it('starts with the seed catalogue, in order', async () => {
    expect(await store.list()).toEqual(SEED_COURSES);
    expect(await store.get('meldcode-e-learning')).toEqual(SEED_COURSES[1]);
    expect(await store.get('nope')).toBeUndefined();
    expect(await store.hasRecords()).toBe(false);
  });

  it('stores records and only ever moves a completion date forward', async () => {
    await store.saveImport([rec('p1', '2024-01-01'), rec('p2', '2023-05-05')], AT);
    await store.saveImport([rec('p1', '2025-01-01'), rec('p2', '2022-01-01')], AT);
    expect(await store.recordsOf(['p1', 'p2', 'p3'])).toEqual(
      expect.arrayContaining([rec('p1', '2025-01-01'), rec('p2', '2023-05-05')]),
    );
    expect(await store.recordsOf(['p2'])).toEqual([rec('p2', '2023-05-05')]);
    expect(await store.hasRecords()).toBe(true);
  });

  it('writes an import all or nothing', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => rec(`bulk-${i}`, '2024-02-02'));
    // The last row breaks a NOT NULL constraint after two full chunks were written inside the transaction.
    const broken = { ...rec('bulk-x', '2024-02-02'), completedOn: null as unknown as string };
    // Not `toThrow()`: better-sqlite3's error is not an Error to jest when another test file loaded the driver
    // first in the same worker (its class comes from that file's realm), so check what the error says instead.
    await expect(store.saveImport([...many, broken], AT)).rejects.toMatchObject({
      message: expect.stringContaining('completed_on'),
    });
    expect(await store.recordsOf(many.map((r) => r.aadObjectId))).toEqual([]);
    await store.saveImport(many, AT);
    expect(await store.recordsOf(many.map((r) => r.aadObjectId))).toHaveLength(1200);
  });
});

describeEachEngine('PersonStore.matchPeople', (storage) => {
  let people: PersonStore;
  beforeAll(async () => {
    people = new PersonStore(storage().db);
    const at = AT;
    await people.upsert({
      aadObjectId: 'aad-a',
      email: 'Anna@Corp.nl',
      userPrincipalName: 'anna.j@corp.nl',
      at,
    });
    await people.upsert({
      aadObjectId: 'aad-b',
      email: 'shared@corp.nl',
      userPrincipalName: 'b@corp.nl',
      at,
    });
    await people.upsert({ aadObjectId: 'aad-c', userPrincipalName: 'SHARED@corp.nl', at });
    await people.upsert({ aadObjectId: 'AAD-D', displayName: 'No mail', at });
    for (let i = 0; i < 900; i += 1) {
      await people.upsert({ aadObjectId: `aad-n${i}`, email: `n${i}@corp.nl`, at });
    }
  });

  it('matches e-mail and UPN ignoring case, and object ids', async () => {
    const found = await people.matchPeople({
      addresses: ['anna@corp.nl', 'ANNA.J@corp.nl', 'nobody@corp.nl', 'shared@corp.nl'],
      objectIds: ['aad-d', 'aad-zzz'],
    });
    expect(found.get('anna@corp.nl')).toEqual(['aad-a']);
    expect(found.get('anna.j@corp.nl')).toEqual(['aad-a']);
    expect(found.has('nobody@corp.nl')).toBe(false);
    expect(found.get('shared@corp.nl')?.sort()).toEqual(['aad-b', 'aad-c']);
    expect(found.get('aad-d')).toEqual(['AAD-D']);
    expect(found.has('aad-zzz')).toBe(false);
  });

  it('looks up more keys than fit in one query', async () => {
    const addresses = Array.from({ length: 900 }, (_, i) => `N${i}@corp.nl`);
    const found = await people.matchPeople({ addresses, objectIds: [] });
    expect(found.size).toBe(900);
    expect(found.get('n899@corp.nl')).toEqual(['aad-n899']);
  });
});

describeEachEngine('TrainingReminderStore', (storage) => {
  let reminders: TrainingReminderStore;
  let records: TrainingStore;
  beforeAll(() => {
    reminders = new TrainingReminderStore(storage().db);
    records = new TrainingStore(storage().db);
  });

  it('remembers sent reminders once per key', async () => {
    const sent = [
      { key: 'k1', aadObjectId: 'p1', courseId: VADV, stage: 'never-1' as const, sentAt: AT },
      {
        key: 'k2',
        aadObjectId: 'p1',
        courseId: VADV,
        stage: 'before-30' as const,
        dueOn: '2025-04-01',
        sentAt: AT,
      },
    ];
    await reminders.recordSent(sent);
    await reminders.recordSent([{ ...sent[0]!, sentAt: new Date('2025-03-20T09:00:00.000Z') }]);
    expect((await reminders.sentReminders()).sort((a, b) => a.key.localeCompare(b.key))).toEqual(sent);
  });

  it('keeps snoozes until they end', async () => {
    await snoozeCourse({ courses: records, reminders, aadObjectId: 'p1', courseId: VADV, now: AT });
    expect(await reminders.activeSnoozes(AT)).toEqual([
      { aadObjectId: 'p1', courseId: VADV, until: new Date('2025-03-19T09:00:00.000Z') },
    ]);
    expect(await reminders.activeSnoozes(new Date('2025-03-19T09:00:00.000Z'))).toEqual([]);
    expect(
      await snoozeCourse({ courses: records, reminders, aadObjectId: 'p1', courseId: 'nope', now: AT }),
    ).toEqual({ ok: false, reason: 'unknown-course' });
  });

  it('opens a claim once, and a confirmation writes the record in the same transaction', async () => {
    const props = { courses: records, reminders, aadObjectId: 'p5', courseId: VADV };
    expect(await claimCourseDone({ ...props, now: AT })).toEqual({ ok: true });
    expect(await claimCourseDone({ ...props, now: new Date('2025-03-13T09:00:00Z') })).toEqual({
      ok: false,
      reason: 'already-open',
    });
    expect(await reminders.getClaim('p5', VADV)).toEqual({
      aadObjectId: 'p5',
      courseId: VADV,
      claimedAt: AT,
      status: 'open',
    });
    const decide = { reminders, aadObjectId: 'p5', courseId: VADV, by: 'aad-manager' };
    const later = new Date('2025-03-14T09:00:00.000Z');
    expect(await decideClaim({ ...decide, decision: 'confirmed', now: later })).toEqual({ ok: true });
    expect(await records.recordsOf(['p5'])).toEqual([
      { aadObjectId: 'p5', courseId: VADV, completedOn: '2025-03-12', source: 'claim-confirmed' },
    ]);
    expect(await reminders.getClaim('p5', VADV)).toMatchObject({
      status: 'confirmed',
      decidedBy: 'aad-manager',
    });
    expect(await decideClaim({ ...decide, decision: 'rejected', now: later })).toEqual({
      ok: false,
      reason: 'no-open-claim',
    });
    // A new claim after a decision opens again.
    expect(await claimCourseDone({ ...props, now: later })).toEqual({ ok: true });
  });

  it('lets exactly one of two managers decide an open claim', async () => {
    await reminders.openClaim({ aadObjectId: 'p6', courseId: VADV, claimedAt: AT });
    const results = await Promise.all(
      (['confirmed', 'rejected'] as const).map((status) =>
        reminders.decideClaim({
          aadObjectId: 'p6',
          courseId: VADV,
          status,
          by: status,
          at: AT,
          completedOn: '2025-03-01',
        }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const claim = await reminders.getClaim('p6', VADV);
    expect((await records.recordsOf(['p6'])).length).toBe(claim?.status === 'confirmed' ? 1 : 0);
  });

  it('refuses a confirmation dated in the future and keeps the claim open', async () => {
    await reminders.openClaim({ aadObjectId: 'p7', courseId: VADV, claimedAt: AT });
    expect(
      await decideClaim({
        reminders,
        aadObjectId: 'p7',
        courseId: VADV,
        decision: 'confirmed',
        by: 'm',
        now: AT,
        completedOn: '2025-03-13',
      }),
    ).toEqual({ ok: false, reason: 'date-in-future' });
    expect((await reminders.getClaim('p7', VADV))?.status).toBe('open');
  });
});
