import type { CourseFields, CourseView, ReminderRun } from '../../contracts';
import type { Course, TrainingPassesResult } from '../../training';

/** A course as the API shows it: every field present, `null` where the course has none. */
export function presentCourse(course: Course): CourseView {
  return {
    id: course.id,
    name: course.name,
    validityMonths: course.validityMonths ?? null,
    appliesTo: course.appliesTo as CourseView['appliesTo'],
    enrolUrl: course.enrolUrl ?? null,
  };
}

/** The course an admin's `PUT` describes. */
export function courseFromBody(id: string, body: CourseFields): Course {
  return {
    id,
    name: body.name,
    ...(body.validityMonths === null ? {} : { validityMonths: body.validityMonths }),
    appliesTo: body.appliesTo,
    ...(body.enrolUrl === null ? {} : { enrolUrl: body.enrolUrl }),
  };
}

/** What a run did, with its times written out: ids, stages and counts only. */
export function presentRun({ reminders, summaries, skipped }: TrainingPassesResult): ReminderRun {
  return {
    ...(skipped ? { skipped } : {}),
    at: reminders.at.toISOString(),
    dryRun: reminders.dryRun,
    workingTime: reminders.workingTime,
    reminders: reminders.reminders,
    enqueued: reminders.enqueued,
    escalations: reminders.escalations.map((e) => ({
      ...e,
      lastReminderAt: e.lastReminderAt.toISOString(),
    })),
    summaries: {
      week: summaries.week,
      ran: summaries.ran,
      summaries: summaries.summaries,
      enqueued: summaries.enqueued,
    },
  };
}
