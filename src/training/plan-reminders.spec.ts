import type { Course, Learner } from './courses';
import { addDays, weekday, type LocalDate } from './local-date';
import { planReminders, type ReminderPlanInput } from './plan-reminders';
import type { TrainingRecord } from './records';
import type { Claim, SentReminder, Snooze } from './reminders';

const VADV: Course = {
  id: 'veilig-achter-de-voordeur',
  name: { nl: 'Veilig achter de voordeur', en: 'Veilig achter de voordeur' },
  validityMonths: 24,
  appliesTo: { kind: 'all' },
};
const REFRESH: Course = {
  id: 'e-learning',
  name: { nl: 'E-learning', en: 'E-learning' },
  validityMonths: 12,
  appliesTo: { kind: 'all' },
};
const ONCE: Course = { id: 'once', name: { nl: 'Eenmalig', en: 'Once' }, appliesTo: { kind: 'all' } };

const alice: Learner = {
  aadObjectId: 'aad-alice',
  locale: 'nl-NL',
  teamIds: ['t1'],
  profiles: ['vakmannen'],
};
const bob: Learner = { aadObjectId: 'aad-bob', teamIds: ['t2'], profiles: ['woonconsulenten'] };

const record = (completedOn: LocalDate, who = alice, course = VADV): TrainingRecord => ({
  aadObjectId: who.aadObjectId,
  courseId: course.id,
  completedOn,
  source: 'import',
});

/** 10:00 in Amsterdam on `date`: summer time (UTC+2) runs from the last Sunday of March to the last of October. */
function tenOClock(date: LocalDate): Date {
  const year = date.slice(0, 4);
  const summer = date >= lastSunday(`${year}-03-31`) && date < lastSunday(`${year}-10-31`);
  return new Date(`${date}T${summer ? '08' : '09'}:00:00Z`);
}

function lastSunday(endOfMonth: LocalDate): LocalDate {
  return addDays(endOfMonth, -weekday(endOfMonth));
}

type Setup = Partial<Omit<ReminderPlanInput, 'now' | 'sent'>> & { sent?: SentReminder[] };

function input(now: Date, setup: Setup): ReminderPlanInput {
  return {
    now,
    learners: [alice],
    courses: [VADV],
    records: [],
    snoozes: [],
    claims: [],
    ...setup,
    sent: setup.sent ?? [],
  };
}

/**
 * Runs a pass at 10:00 every day from `from` to `to`, feeding what it planned back as sent, as the reminder job
 * does. Returns `date course stage` per reminder.
 */
function simulate(from: LocalDate, to: LocalDate, setup: Setup, on?: (date: LocalDate) => void): string[] {
  const sent = setup.sent ?? [];
  const log: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    on?.(date);
    const now = tenOClock(date);
    for (const r of planReminders(input(now, { ...setup, sent })).reminders) {
      sent.push({
        key: r.key,
        aadObjectId: r.learner.aadObjectId,
        courseId: r.course.id,
        stage: r.stage,
        dueOn: r.standing.dueOn,
        sentAt: now,
      });
      log.push(
        `${date} ${r.learner.aadObjectId === alice.aadObjectId ? '' : `${r.learner.aadObjectId} `}${r.course.id} ${r.stage}`,
      );
    }
  }
  return log;
}

describe('planReminders: cadence', () => {
  // Due Tuesday 20 May 2025. Easter Monday (21 April), Whit Monday (9 June) and weekends fall in the way.
  const setup = (): Setup => ({ records: [record('2023-05-20')] });

  it('reminds 30, 14 and 3 days before, then weekly three times, skipping weekends and holidays', () => {
    expect(simulate('2025-03-01', '2025-08-31', setup())).toEqual([
      // 30 days before is Easter Sunday, then Easter Monday: the first working day after.
      '2025-04-22 veilig-achter-de-voordeur before-30',
      '2025-05-06 veilig-achter-de-voordeur before-14',
      // 3 days before is a Saturday: the Monday sends it, one day before the due date.
      '2025-05-19 veilig-achter-de-voordeur before-3',
      // Due on the 20th, but the last reminder was on the 19th: a week later.
      '2025-05-26 veilig-achter-de-voordeur overdue-1',
      '2025-06-02 veilig-achter-de-voordeur overdue-2',
      // The 9th is Whit Monday.
      '2025-06-10 veilig-achter-de-voordeur overdue-3',
    ]);
  });

  it('escalates after three overdue reminders, and lists the person until the course is done', () => {
    const s = setup();
    const sent: SentReminder[] = [];
    simulate('2025-04-01', '2025-06-30', { ...s, sent });
    const plan = planReminders(input(tenOClock('2025-07-01'), { ...s, sent }));
    expect(plan.reminders).toEqual([]);
    expect(plan.escalations).toEqual([
      {
        aadObjectId: alice.aadObjectId,
        courseId: VADV.id,
        status: 'overdue',
        dueOn: '2025-05-20',
        lateReminders: 3,
        lastReminderAt: tenOClock('2025-06-10'),
      },
    ]);
    // Done again: no escalation, no reminder.
    const renewed = planReminders(input(tenOClock('2025-07-01'), { records: [record('2025-06-30')], sent }));
    expect(renewed.escalations).toEqual([]);
    expect(renewed.reminders).toEqual([]);
  });

  it('starts a new cycle when the refresher is recorded: the next due date gets its own reminders', () => {
    const sent: SentReminder[] = [];
    simulate('2025-04-01', '2025-06-30', { records: [record('2023-05-20')], sent });
    // Done on 1 July 2025: the next refresher is due 1 July 2027.
    const log = simulate('2027-05-25', '2027-07-20', { records: [record('2025-07-01')], sent });
    expect(log).toEqual([
      '2027-06-01 veilig-achter-de-voordeur before-30',
      '2027-06-17 veilig-achter-de-voordeur before-14',
      '2027-06-28 veilig-achter-de-voordeur before-3',
      '2027-07-05 veilig-achter-de-voordeur overdue-1',
      '2027-07-12 veilig-achter-de-voordeur overdue-2',
      '2027-07-19 veilig-achter-de-voordeur overdue-3',
    ]);
  });

  it('reminds people who never did a course that applies to them, weekly, three times', () => {
    const log = simulate('2025-03-10', '2025-04-30', {});
    expect(log).toEqual([
      '2025-03-10 veilig-achter-de-voordeur never-1',
      '2025-03-17 veilig-achter-de-voordeur never-2',
      '2025-03-24 veilig-achter-de-voordeur never-3',
    ]);
    const plan = planReminders(input(tenOClock('2025-05-01'), { sent: [] }));
    expect(plan.escalations).toEqual([]);
  });

  it('never reminds about a course done once, and leaves out courses that do not apply', () => {
    const teamCourse: Course = {
      ...REFRESH,
      id: 'team-course',
      appliesTo: { kind: 'teams', teamIds: ['t2'] },
    };
    const profileCourse: Course = {
      ...REFRESH,
      id: 'profile-course',
      appliesTo: { kind: 'profiles', profiles: ['buurtbeheer'] },
    };
    const log = simulate('2025-03-10', '2031-03-10', {
      courses: [ONCE, teamCourse, profileCourse],
      records: [record('2019-01-01', alice, ONCE)],
    });
    expect(log).toEqual([]);
  });
});

describe('planReminders: working time', () => {
  const now = (iso: string) => planReminders(input(new Date(iso), {}));

  it('plans only between 09:00 and 17:00 in the time zone', () => {
    // Wednesday 12 March 2025, winter time (UTC+1).
    expect(now('2025-03-12T07:59:00Z').reminders).toEqual([]);
    expect(now('2025-03-12T08:00:00Z').reminders).toHaveLength(1);
    expect(now('2025-03-12T15:59:00Z').reminders).toHaveLength(1);
    expect(now('2025-03-12T16:00:00Z').reminders).toEqual([]);
    expect(now('2025-03-12T16:00:00Z').workingTime).toEqual({
      ok: false,
      today: '2025-03-12',
      reason: 'outside-hours',
    });
  });

  it('plans nothing at weekends or on holidays, and says why', () => {
    expect(now('2025-03-15T10:00:00Z').workingTime).toMatchObject({ ok: false, reason: 'weekend' });
    expect(now('2025-03-15T10:00:00Z').reminders).toEqual([]);
    const kingsDay = planReminders(input(new Date('2025-04-26T10:00:00Z'), {}));
    expect(kingsDay.workingTime).toMatchObject({ reason: 'weekend' });
    const liberation = planReminders(input(new Date('2025-05-05T10:00:00Z'), {}));
    expect(liberation.workingTime).toMatchObject({ ok: false, reason: 'holiday', holiday: 'Bevrijdingsdag' });
    expect(liberation.reminders).toEqual([]);
    expect(now('2025-12-25T10:00:00Z').reminders).toEqual([]);
  });

  it('uses the configured time zone', () => {
    const at = new Date('2025-03-12T10:00:00Z');
    expect(planReminders({ ...input(at, {}), timeZone: 'America/New_York' }).reminders).toEqual([]);
    expect(planReminders({ ...input(at, {}), timeZone: 'Europe/London' }).reminders).toHaveLength(1);
  });
});

describe('planReminders: catch-up', () => {
  it('sends only the latest stage reached after days without passes, once', () => {
    // Due 20 May 2025; no pass ran from 1 April until Monday 19 May: the 30- and 14-day reminders were missed.
    const log = simulate('2025-05-19', '2025-05-25', { records: [record('2023-05-20')] });
    expect(log).toEqual(['2025-05-19 veilig-achter-de-voordeur before-3']);
  });

  it('after a long gap while overdue sends the next reminder in line, not the third', () => {
    const log = simulate('2025-09-01', '2025-09-30', { records: [record('2023-05-20')] });
    expect(log).toEqual([
      '2025-09-01 veilig-achter-de-voordeur overdue-1',
      '2025-09-08 veilig-achter-de-voordeur overdue-2',
      '2025-09-15 veilig-achter-de-voordeur overdue-3',
    ]);
  });

  it('plans nothing new when the same pass runs again, and repeats the same keys before it is recorded', () => {
    const at = tenOClock('2025-03-12');
    const setup = { learners: [alice, bob] };
    const first = planReminders(input(at, setup));
    const again = planReminders(input(at, setup));
    expect(again.reminders.map((r) => r.key)).toEqual(first.reminders.map((r) => r.key));
    expect(first.reminders.map((r) => r.key)).toEqual([
      'training-reminder|aad-alice|veilig-achter-de-voordeur|never-1|never',
      'training-reminder|aad-bob|veilig-achter-de-voordeur|never-1|never',
    ]);
    const sent = first.reminders.map((r) => ({
      key: r.key,
      aadObjectId: r.learner.aadObjectId,
      courseId: r.course.id,
      stage: r.stage,
      sentAt: at,
    }));
    expect(planReminders(input(new Date(at.getTime() + 3_600_000), { ...setup, sent })).reminders).toEqual(
      [],
    );
  });
});

describe('planReminders: one reminder a week per person', () => {
  it('picks the most urgent course and lets the others wait their turn', () => {
    const courses = [REFRESH, VADV];
    // VADV overdue since 2025; the refresher is due soon.
    const records = [record('2023-01-10'), record('2024-04-01', alice, REFRESH)];
    const log = simulate('2025-03-03', '2025-04-18', { courses, records });
    expect(log).toEqual([
      '2025-03-03 veilig-achter-de-voordeur overdue-1',
      '2025-03-10 veilig-achter-de-voordeur overdue-2',
      '2025-03-17 veilig-achter-de-voordeur overdue-3',
      // VADV is escalated now; the refresher's latest stage is the 14-day one.
      '2025-03-24 e-learning before-14',
      // The refresher is due 1 April; 3 days before is a Saturday, and a week has not passed yet on Monday.
      '2025-03-31 e-learning before-3',
      '2025-04-07 e-learning overdue-1',
      '2025-04-14 e-learning overdue-2',
    ]);
  });

  it('takes the catalogue order between equally late courses', () => {
    const log = simulate('2025-03-03', '2025-03-04', { courses: [REFRESH, VADV] });
    expect(log).toEqual(['2025-03-03 e-learning never-1']);
  });

  it('counts calendar days in the time zone, so a reminder at 16:00 does not block the next week at 10:00', () => {
    const sent: SentReminder[] = [
      {
        key: 'k',
        aadObjectId: alice.aadObjectId,
        courseId: VADV.id,
        stage: 'never-1',
        sentAt: new Date('2025-03-03T15:00:00Z'),
      },
    ];
    expect(planReminders(input(tenOClock('2025-03-09'), { sent })).reminders).toEqual([]);
    expect(planReminders(input(tenOClock('2025-03-10'), { sent })).reminders.map((r) => r.stage)).toEqual([
      'never-2',
    ]);
  });
});

describe('planReminders: snooze and claims', () => {
  const at = (date: LocalDate, hour: number) =>
    new Date(`${date}T${String(hour - 1).padStart(2, '0')}:00:00Z`);

  it('a snooze holds a course back for 7 days from the moment it was pressed', () => {
    const snoozes: Snooze[] = [];
    const log = simulate('2025-03-03', '2025-03-26', { snoozes }, (date) => {
      // Pressed on Wednesday 5 March at 11:00, on the card of 3 March.
      if (date === '2025-03-05') {
        snoozes.push({ aadObjectId: alice.aadObjectId, courseId: VADV.id, until: at('2025-03-12', 11) });
      }
    });
    expect(log).toEqual([
      '2025-03-03 veilig-achter-de-voordeur never-1',
      // Monday 10 March is within the snooze, and so is 10:00 on Wednesday the 12th.
      '2025-03-13 veilig-achter-de-voordeur never-2',
      '2025-03-20 veilig-achter-de-voordeur never-3',
    ]);
  });

  it('an open claim pauses that course for 14 days, then reminders resume while no one decided', () => {
    const claims: Claim[] = [];
    const log = simulate('2025-03-03', '2025-03-31', { claims }, (date) => {
      if (date === '2025-03-04') {
        claims.push({
          aadObjectId: alice.aadObjectId,
          courseId: VADV.id,
          claimedAt: at(date, 12),
          status: 'open',
        });
      }
    });
    expect(log).toEqual([
      '2025-03-03 veilig-achter-de-voordeur never-1',
      // Paused until 18 March 12:00; the pass at 10:00 that day is still inside the pause.
      '2025-03-19 veilig-achter-de-voordeur never-2',
      '2025-03-26 veilig-achter-de-voordeur never-3',
    ]);
  });

  it('a rejected claim pauses nothing; a claim for one course lets another course be reminded', () => {
    const rejected: Claim[] = [
      {
        aadObjectId: alice.aadObjectId,
        courseId: VADV.id,
        claimedAt: at('2025-03-04', 12),
        status: 'rejected',
        decidedAt: at('2025-03-05', 9),
        decidedBy: 'aad-manager',
      },
    ];
    expect(simulate('2025-03-10', '2025-03-10', { claims: rejected })).toEqual([
      '2025-03-10 veilig-achter-de-voordeur never-1',
    ]);
    const open: Claim[] = [{ ...rejected[0]!, status: 'open', decidedAt: undefined, decidedBy: undefined }];
    expect(simulate('2025-03-10', '2025-03-10', { claims: open, courses: [VADV, REFRESH] })).toEqual([
      '2025-03-10 e-learning never-1',
    ]);
  });
});

describe('planReminders: many people', () => {
  it('gives each person at most one reminder per pass and per week', () => {
    const learners = Array.from({ length: 50 }, (_, i) => ({ ...alice, aadObjectId: `aad-${i}` }));
    const log = simulate('2025-03-03', '2025-03-14', { learners, courses: [VADV, REFRESH] });
    const perPerson = new Map<string, string[]>();
    for (const line of log) {
      const [date, who] = line.split(' ');
      perPerson.set(who!, [...(perPerson.get(who!) ?? []), date!]);
    }
    expect(perPerson.size).toBe(50);
    for (const dates of perPerson.values()) expect(dates).toEqual(['2025-03-03', '2025-03-10']);
    expect(weekday('2025-03-10')).toBe(1);
  });
});
