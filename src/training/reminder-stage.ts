import { daysBetween, type LocalDate } from './local-date';
import type { CourseStanding } from './records';
import { BEFORE_DUE_DAYS, MAX_LATE_REMINDERS, type ReminderStage, type SentReminder } from './reminders';

/** What a course asks of a person's reminders today. */
export type CourseReminderState =
  | { kind: 'none' }
  | { kind: 'next'; stage: ReminderStage }
  /** Three late reminders went out and the course is still late: no more reminders; the manager is told. */
  | { kind: 'escalated'; lateReminders: number; lastReminderAt: Date };

const isLate = (stage: ReminderStage): boolean => stage.startsWith('overdue-') || stage.startsWith('never-');

/**
 * The reminder a course is due for, given the reminders already sent to this person for it.
 * @param sent the person's reminders for this course (any due date; only those about the current one count)
 * @remarks Before the due date, the latest stage reached is the one to send, and only when it was not sent
 * yet: a pass that did not run for a while sends one reminder, never the ones it missed. Late reminders
 * (overdue or never done) are counted rather than dated, so a long gap still yields the next one in line, not
 * the third; the weekly rhythm between them comes from the limit of one reminder a week per person.
 */
export function courseReminderState(
  standing: CourseStanding,
  today: LocalDate,
  sent: readonly SentReminder[],
): CourseReminderState {
  if (standing.status === 'done') return { kind: 'none' };
  const cycle = sent.filter((s) => s.dueOn === standing.dueOn);
  if (standing.status === 'due-soon') {
    const daysLeft = daysBetween(today, standing.dueOn!);
    const reached = BEFORE_DUE_DAYS.filter((d) => daysLeft <= d).at(-1);
    if (reached === undefined) return { kind: 'none' };
    const stage: ReminderStage = `before-${reached}`;
    return cycle.some((s) => s.stage === stage) ? { kind: 'none' } : { kind: 'next', stage };
  }
  const late = cycle.filter((s) => isLate(s.stage));
  if (late.length >= MAX_LATE_REMINDERS) {
    const lastReminderAt = new Date(Math.max(...late.map((s) => s.sentAt.getTime())));
    return { kind: 'escalated', lateReminders: late.length, lastReminderAt };
  }
  const n = (late.length + 1) as 1 | 2 | 3;
  return { kind: 'next', stage: standing.status === 'never' ? `never-${n}` : `overdue-${n}` };
}
