import { courseAppliesTo, type Course, type Learner } from './courses';
import { daysBetween, todayIn, type LocalDate } from './local-date';
import { recordKey, recordsByKey, standing, type CourseStanding, type TrainingRecord } from './records';
import { courseReminderState } from './reminder-stage';
import {
  CLAIM_PAUSE_DAYS,
  REMINDER_INTERVAL_DAYS,
  reminderKey,
  type Claim,
  type ReminderStage,
  type SentReminder,
  type Snooze,
} from './reminders';
import { DEFAULT_TIME_ZONE, workingTime, type WorkingTime } from './working-time';

const MS_PER_DAY = 86_400_000;

/** Everything one planning pass looks at. */
export interface ReminderPlanInput {
  now: Date;
  /** Defaults to Europe/Amsterdam. */
  timeZone?: string;
  learners: readonly Learner[];
  courses: readonly Course[];
  records: Iterable<TrainingRecord>;
  sent: readonly SentReminder[];
  snoozes: readonly Snooze[];
  claims: readonly Claim[];
}

/** One reminder to send now. */
export interface PlannedReminder {
  key: string;
  learner: Learner;
  course: Course;
  stage: ReminderStage;
  standing: CourseStanding;
}

/** A person who got every late reminder for a course and is still late: their manager's summary lists them. */
export interface Escalation {
  aadObjectId: string;
  courseId: string;
  status: 'overdue' | 'never';
  dueOn?: LocalDate;
  lateReminders: number;
  lastReminderAt: Date;
}

export interface ReminderPlan {
  today: LocalDate;
  workingTime: WorkingTime;
  /** Empty outside working time. */
  reminders: PlannedReminder[];
  escalations: Escalation[];
}

/**
 * Plans a reminder pass: who gets which training reminder now. A pure function of its input.
 * @remarks
 * - Only in working time (Monday-Friday, 09:00-17:00 in the time zone, no Dutch public holiday).
 * - Per course: 30, 14 and 3 days before a refresher is due, then weekly while it is overdue; a course that
 *   applies to someone who never did it counts as late from the start. Three late reminders, then none: the
 *   person is escalated to their manager instead.
 * - A snoozed course (7 days) and a course with an open claim (14 days from the claim) are left out.
 * - At most one reminder per person per {@link REMINDER_INTERVAL_DAYS} days (calendar days in the time zone),
 *   across courses. When several courses want a reminder, the most urgent one goes and the others wait their
 *   turn: late before due soon, the stage nearest the due date first, then the catalogue's order. One card about one course
 *   keeps its buttons (enrol, snooze, "already done") unambiguous.
 * - Each reminder's key names person, course, stage and due date: planning the same pass again yields the
 *   same keys, which the outbox refuses to add twice.
 */
export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const time = workingTime(input.now, timeZone);
  const today = time.today;
  const now = input.now.getTime();
  const records = recordsByKey(input.records);
  const sentByPerson = groupBy(input.sent, (s) => s.aadObjectId);
  const snoozedUntil = new Map<string, number>();
  for (const s of input.snoozes) {
    const key = recordKey(s.aadObjectId, s.courseId);
    snoozedUntil.set(key, Math.max(snoozedUntil.get(key) ?? 0, s.until.getTime()));
  }
  const claimPausedUntil = new Map<string, number>();
  for (const c of input.claims) {
    if (c.status !== 'open') continue;
    claimPausedUntil.set(
      recordKey(c.aadObjectId, c.courseId),
      c.claimedAt.getTime() + CLAIM_PAUSE_DAYS * MS_PER_DAY,
    );
  }

  // Reminders of one pass share their time, so a pass's history has few distinct times to convert.
  const localDays = new Map<number, LocalDate>();
  const localDay = (at: number): LocalDate => {
    let day = localDays.get(at);
    if (day === undefined) localDays.set(at, (day = todayIn(new Date(at), timeZone)));
    return day;
  };
  const reminders: PlannedReminder[] = [];
  const escalations: Escalation[] = [];
  for (const learner of input.learners) {
    const sent = sentByPerson.get(learner.aadObjectId) ?? [];
    const candidates: PlannedReminder[] = [];
    for (const course of input.courses) {
      if (!courseAppliesTo(course, learner)) continue;
      const key = recordKey(learner.aadObjectId, course.id);
      const stand = standing(course, records.get(key), today);
      const courseSent = sent.filter((s) => s.courseId === course.id);
      const state = courseReminderState(stand, today, courseSent);
      if (state.kind === 'escalated') {
        escalations.push({
          aadObjectId: learner.aadObjectId,
          courseId: course.id,
          status: stand.status as 'overdue' | 'never',
          dueOn: stand.dueOn,
          lateReminders: state.lateReminders,
          lastReminderAt: state.lastReminderAt,
        });
      }
      if (state.kind !== 'next') continue;
      if ((snoozedUntil.get(key) ?? 0) > now || (claimPausedUntil.get(key) ?? 0) > now) continue;
      candidates.push({
        key: reminderKey(learner.aadObjectId, course.id, state.stage, stand.dueOn),
        learner,
        course,
        stage: state.stage,
        standing: stand,
      });
    }
    if (!time.ok || candidates.length === 0 || sentWithinInterval(sent, today, localDay)) continue;
    reminders.push(mostUrgent(candidates));
  }
  return { today, workingTime: time, reminders, escalations };
}

function sentWithinInterval(
  sent: readonly SentReminder[],
  today: LocalDate,
  localDay: (at: number) => LocalDate,
): boolean {
  if (sent.length === 0) return false;
  const last = Math.max(...sent.map((s) => s.sentAt.getTime()));
  return daysBetween(localDay(last), today) < REMINDER_INTERVAL_DAYS;
}

/** Lower is more urgent: late courses first, then by days before the due date. */
function urgency(stage: ReminderStage): number {
  if (stage.startsWith('before-')) return Number(stage.slice('before-'.length));
  return 0;
}

function mostUrgent(candidates: PlannedReminder[]): PlannedReminder {
  // Candidates come in catalogue order and the reduction keeps the first of equals.
  return candidates.reduce((best, c) => (urgency(c.stage) < urgency(best.stage) ? c : best));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
