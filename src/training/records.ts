import type { Course } from './courses';
import { addMonths, daysBetween, type LocalDate } from './local-date';

/** How a record came to be: a CSV import, or a person's claim that a manager or admin confirmed. */
export type RecordSource = 'import' | 'claim-confirmed';

/**
 * That a person completed a course, and when: the latest completion only.
 * @remarks Nothing else is kept (AVG): no scores, no free text, no history of earlier completions.
 */
export interface TrainingRecord {
  aadObjectId: string;
  courseId: string;
  completedOn: LocalDate;
  source: RecordSource;
}

/** A refresher counts as "due soon" this many days before it is due. */
export const DUE_SOON_DAYS = 30;

/** Where a person stands for one course. */
export type TrainingStatus = 'done' | 'due-soon' | 'overdue' | 'never';

/** The order of urgency, most urgent first: what a list or a chart shows first. */
export const STATUS_ORDER: readonly TrainingStatus[] = ['overdue', 'never', 'due-soon', 'done'];

export interface CourseStanding {
  courseId: string;
  status: TrainingStatus;
  completedOn?: LocalDate;
  /** The day the refresher is due; from that day on the course is overdue. */
  dueOn?: LocalDate;
}

/** The day a refresher is due after a completion; undefined for a course done once. */
export function dueDate(
  course: Pick<Course, 'validityMonths'>,
  completedOn: LocalDate,
): LocalDate | undefined {
  return course.validityMonths === undefined ? undefined : addMonths(completedOn, course.validityMonths);
}

/**
 * A person's status for a course on `today`: never done, done, due soon (due within {@link DUE_SOON_DAYS}
 * days) or overdue (from the due day on).
 */
export function standing(
  course: Course,
  record: TrainingRecord | undefined,
  today: LocalDate,
): CourseStanding {
  if (!record) return { courseId: course.id, status: 'never' };
  const dueOn = dueDate(course, record.completedOn);
  const base = { courseId: course.id, completedOn: record.completedOn, dueOn };
  if (dueOn === undefined) return { ...base, status: 'done' };
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft <= 0) return { ...base, status: 'overdue' };
  return { ...base, status: daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'done' };
}

/** The key of a person's record for a course, for maps. */
export const recordKey = (aadObjectId: string, courseId: string): string => `${aadObjectId}|${courseId}`;

/** Records by {@link recordKey}. */
export function recordsByKey(records: Iterable<TrainingRecord>): Map<string, TrainingRecord> {
  const map = new Map<string, TrainingRecord>();
  for (const r of records) map.set(recordKey(r.aadObjectId, r.courseId), r);
  return map;
}
