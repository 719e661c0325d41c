import type { Course, Learner } from './courses';
import {
  loadPersonTraining,
  loadTeamTrainingStatus,
  type TrainingStatusSources,
} from './load-training-status';
import type { TrainingRecord } from './records';
import { reminderKey, type Claim, type SentReminder } from './reminders';

// Wednesday 12 March 2025, 10:00 in Amsterdam.
const NOW = new Date('2025-03-12T09:00:00.000Z');

const all: Course = {
  id: 'vadv',
  name: { nl: 'V', en: 'V' },
  validityMonths: 24,
  appliesTo: { kind: 'all' },
};
const t2only: Course = {
  id: 'team-twee',
  name: { nl: 'T2', en: 'T2' },
  validityMonths: 12,
  appliesTo: { kind: 'teams', teamIds: ['t2'] },
};
const learner = (id: string, teamIds: string[]): Learner => ({
  aadObjectId: id,
  displayName: id.toUpperCase(),
  teamIds,
  profiles: [],
});
const late = (id: string, n: 1 | 2 | 3): SentReminder => ({
  key: reminderKey(id, 'vadv', `never-${n}`),
  aadObjectId: id,
  courseId: 'vadv',
  stage: `never-${n}`,
  sentAt: new Date(NOW.getTime() - (4 - n) * 7 * 86_400_000),
});

/** In-memory sources; `recordsOf` remembers whom it was asked about. */
function sources(records: TrainingRecord[], sent: SentReminder[], claims: Claim[] = []) {
  const askedFor: string[][] = [];
  const s: TrainingStatusSources = {
    learners: {
      learners: async () => [learner('a', ['t1']), learner('b', ['t1', 't2']), learner('c', ['t2'])],
    },
    courses: { list: async () => [all, t2only], get: async (id) => [all, t2only].find((c) => c.id === id) },
    records: {
      allRecords: async () => records,
      recordsOf: async (ids) => {
        askedFor.push([...ids]);
        return records.filter((r) => ids.includes(r.aadObjectId));
      },
      saveImport: async () => undefined,
    },
    reminders: {
      sentReminders: async () => sent,
      recordSent: async () => undefined,
      activeSnoozes: async () => [],
      snooze: async () => undefined,
      claims: async () => claims,
      getClaim: async () => undefined,
      openClaim: async () => false,
      decideClaim: async () => false,
    },
  };
  return { s, askedFor };
}

describe('loadTeamTrainingStatus', () => {
  it("takes the team's learners only, with the reminder plan's escalations", async () => {
    const { s, askedFor } = sources(
      [{ aadObjectId: 'a', courseId: 'vadv', completedOn: '2024-06-01', source: 'import' }],
      [late('b', 1), late('b', 2), late('b', 3), late('c', 1), late('c', 2), late('c', 3)],
    );
    const status = await loadTeamTrainingStatus({ ...s, teamId: 't1', now: NOW });
    expect(askedFor).toEqual([['a', 'b']]);
    expect(status.today).toBe('2025-03-12');
    expect(
      status.members.map((m) => [m.aadObjectId, m.courses.map((c) => [c.courseId, c.escalated])]),
    ).toEqual([
      [
        'b',
        [
          ['vadv', true],
          ['team-twee', false],
        ],
      ],
      ['a', [['vadv', false]]],
    ]);
    expect(status.courses.map((c) => c.counts)).toEqual([
      { overdue: 0, never: 1, 'due-soon': 0, done: 1 },
      { overdue: 0, never: 1, 'due-soon': 0, done: 0 },
    ]);
  });
});

describe('loadPersonTraining', () => {
  it('gives a learner their own courses, and someone unknown the courses meant for everyone', async () => {
    const claim: Claim = { aadObjectId: 'c', courseId: 'team-twee', claimedAt: NOW, status: 'open' };
    const { s } = sources([], [], [claim]);
    const known = await loadPersonTraining({ ...s, aadObjectId: 'c', now: NOW });
    expect(known.training.courses.map((c) => [c.courseId, c.status, c.claimedAt])).toEqual([
      ['vadv', 'never', undefined],
      ['team-twee', 'never', NOW],
    ]);
    expect(known.courses.map((c) => c.courseId)).toEqual(['vadv', 'team-twee']);
    const stranger = await loadPersonTraining({ ...s, aadObjectId: 'z', now: NOW });
    expect(stranger.training.courses.map((c) => c.courseId)).toEqual(['vadv']);
  });
});
