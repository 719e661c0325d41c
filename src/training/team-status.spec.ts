import type { Course, Learner } from './courses';
import type { Escalation } from './plan-reminders';
import type { TrainingRecord } from './records';
import { summaryKey, teamTrainingStatus, teamTrainingSummary } from './team-status';

const vadv: Course = {
  id: 'vadv',
  name: { nl: 'Veilig achter de voordeur', en: 'Veilig achter de voordeur' },
  validityMonths: 24,
  appliesTo: { kind: 'all' },
};
const buurt: Course = {
  id: 'buurt',
  name: { nl: 'Buurt', en: 'Neighbourhood' },
  validityMonths: 12,
  appliesTo: { kind: 'profiles', profiles: ['buurtbeheer'] },
};
const member = (id: string, name: string, profiles: Learner['profiles'] = ['vakmannen']): Learner => ({
  aadObjectId: id,
  displayName: name,
  teamIds: ['t1'],
  profiles,
});
const rec = (aadObjectId: string, courseId: string, completedOn: string): TrainingRecord => ({
  aadObjectId,
  courseId,
  completedOn,
  source: 'import',
});

const members = [
  member('a', 'Anouk'),
  member('b', 'Bas', ['buurtbeheer']),
  member('c', 'Chris'),
  member('d', 'Daan'),
  member('e', 'Esra'),
];
const records = [
  rec('a', 'vadv', '2024-06-01'), // done
  rec('b', 'vadv', '2023-04-01'), // due 2025-04-01: due soon on 15 March
  rec('c', 'vadv', '2022-01-01'), // overdue
  rec('b', 'buurt', '2024-01-01'), // overdue
];
const escalations: Escalation[] = [
  {
    aadObjectId: 'c',
    courseId: 'vadv',
    status: 'overdue',
    dueOn: '2024-01-01',
    lateReminders: 3,
    lastReminderAt: new Date('2025-03-03T09:00:00Z'),
  },
];
const claims = [
  {
    aadObjectId: 'e',
    courseId: 'vadv',
    claimedAt: new Date('2025-03-10T10:00:00Z'),
    status: 'open' as const,
  },
  {
    aadObjectId: 'd',
    courseId: 'vadv',
    claimedAt: new Date('2025-03-01T10:00:00Z'),
    status: 'rejected' as const,
  },
];

const status = teamTrainingStatus({
  teamId: 't1',
  members,
  courses: [vadv, buurt],
  records,
  claims,
  escalations,
  today: '2025-03-15',
});

describe('teamTrainingStatus', () => {
  it('counts person-and-course pairs by status, in total and per course', () => {
    expect(status.counts).toEqual({ overdue: 2, never: 2, 'due-soon': 1, done: 1 });
    expect(status.courses).toEqual([
      { courseId: 'vadv', name: vadv.name, counts: { overdue: 1, never: 2, 'due-soon': 1, done: 1 } },
      { courseId: 'buurt', name: buurt.name, counts: { overdue: 1, never: 0, 'due-soon': 0, done: 0 } },
    ]);
  });

  it('lists the most urgent people first, with what a manager can act on', () => {
    expect(status.members.map((m) => `${m.displayName} ${m.worst}`)).toEqual([
      'Bas overdue',
      'Chris overdue',
      'Daan never',
      'Esra never',
      'Anouk done',
    ]);
    const chris = status.members.find((m) => m.aadObjectId === 'c')!;
    expect(chris.courses).toEqual([
      {
        courseId: 'vadv',
        status: 'overdue',
        completedOn: '2022-01-01',
        dueOn: '2024-01-01',
        escalated: true,
      },
    ]);
    const esra = status.members.find((m) => m.aadObjectId === 'e')!;
    expect(esra.courses[0]).toEqual({
      courseId: 'vadv',
      status: 'never',
      escalated: false,
      claimedAt: new Date('2025-03-10T10:00:00Z'),
    });
    // A course for another profile does not apply to Anouk.
    expect(status.members.find((m) => m.aadObjectId === 'a')!.courses.map((c) => c.courseId)).toEqual([
      'vadv',
    ]);
  });
});

describe('teamTrainingSummary', () => {
  it('gives completion, who is late, who is escalated and which claims are open', () => {
    const summary = teamTrainingSummary(status);
    expect(summary).toMatchObject({ teamId: 't1', week: '2025-W11', people: 5, upToDate: 1 });
    expect(
      summary.late.map((p) => [p.displayName, p.courses.map((c) => `${c.courseId} ${c.status}`)]),
    ).toEqual([
      ['Bas', ['buurt overdue']],
      ['Daan', ['vadv never']],
    ]);
    expect(summary.escalated.map((p) => p.aadObjectId)).toEqual(['c']);
    expect(summary.openClaims).toEqual([
      {
        aadObjectId: 'e',
        displayName: 'Esra',
        courses: [
          {
            courseId: 'vadv',
            status: 'never',
            dueOn: undefined,
            claimedAt: new Date('2025-03-10T10:00:00Z'),
          },
        ],
      },
    ]);
    expect(summaryKey('t1', 'm1', summary.week)).toBe('training-summary|t1|m1|2025-W11');
  });
});
