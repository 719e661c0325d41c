import { todayIn, type LocalDate } from './local-date';
import type { CourseRepository, ReminderRepository } from './ports';
import { SNOOZE_DAYS } from './reminders';
import { DEFAULT_TIME_ZONE } from './working-time';

const MS_PER_DAY = 86_400_000;

/** The outcome of a person's button on a reminder card. */
export type CardActionResult =
  | { ok: true; until?: Date }
  | { ok: false; reason: 'unknown-course' | 'already-open' | 'no-open-claim' | 'date-in-future' };

/** "Herinner me volgende week": no reminders about this course for {@link SNOOZE_DAYS} days from now. */
export async function snoozeCourse(props: {
  courses: CourseRepository;
  reminders: ReminderRepository;
  aadObjectId: string;
  courseId: string;
  now: Date;
}): Promise<CardActionResult> {
  if (!(await props.courses.get(props.courseId))) return { ok: false, reason: 'unknown-course' };
  const until = new Date(props.now.getTime() + SNOOZE_DAYS * MS_PER_DAY);
  await props.reminders.snooze({ aadObjectId: props.aadObjectId, courseId: props.courseId, until });
  return { ok: true, until };
}

/**
 * "Ik heb deze training al gedaan": opens a claim for a manager or admin to confirm; reminders about the
 * course pause meanwhile (see `CLAIM_PAUSE_DAYS`). A second press while the claim is open changes nothing.
 */
export async function claimCourseDone(props: {
  courses: CourseRepository;
  reminders: ReminderRepository;
  aadObjectId: string;
  courseId: string;
  now: Date;
}): Promise<CardActionResult> {
  if (!(await props.courses.get(props.courseId))) return { ok: false, reason: 'unknown-course' };
  const opened = await props.reminders.openClaim({
    aadObjectId: props.aadObjectId,
    courseId: props.courseId,
    claimedAt: props.now,
  });
  return opened ? { ok: true } : { ok: false, reason: 'already-open' };
}

/**
 * A manager or admin confirms or rejects an open claim. Confirming records the course as done on
 * `completedOn`, or on the day of the claim when no date is given (the person did it by then at the latest).
 * @remarks Whether `by` may decide for this person (their team's manager, or an admin) is the caller's check.
 */
export async function decideClaim(props: {
  reminders: ReminderRepository;
  aadObjectId: string;
  courseId: string;
  decision: 'confirmed' | 'rejected';
  by: string;
  now: Date;
  completedOn?: LocalDate;
  timeZone?: string;
}): Promise<CardActionResult> {
  const claim = await props.reminders.getClaim(props.aadObjectId, props.courseId);
  if (claim?.status !== 'open') return { ok: false, reason: 'no-open-claim' };
  const timeZone = props.timeZone ?? DEFAULT_TIME_ZONE;
  const completedOn = props.completedOn ?? todayIn(claim.claimedAt, timeZone);
  if (completedOn > todayIn(props.now, timeZone)) return { ok: false, reason: 'date-in-future' };
  const decided = await props.reminders.decideClaim({
    aadObjectId: props.aadObjectId,
    courseId: props.courseId,
    status: props.decision,
    by: props.by,
    at: props.now,
    ...(props.decision === 'confirmed' ? { completedOn } : {}),
  });
  return decided ? { ok: true } : { ok: false, reason: 'no-open-claim' };
}
