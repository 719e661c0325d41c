import { courseAppliesTo, type Course } from './courses';
import { todayIn, type LocalDate } from './local-date';
import type { CourseRepository, LearnerLookup, ReminderRepository, TrainingRecordRepository } from './ports';
import { recordKey, recordsByKey, standing, type CourseStanding } from './records';
import { DEFAULT_TIME_ZONE } from './working-time';

/** One course of a person's own overview. */
export interface MyCourse {
  course: Course;
  standing: CourseStanding;
  /** The person said they did it; a manager or admin has not decided yet. */
  claimedAt?: Date;
}

/** What "mijn training" shows: the courses meant for the person, in catalogue order, on `today`. */
export interface MyTraining {
  today: LocalDate;
  courses: MyCourse[];
}

/**
 * A person's own training status: per course that applies to them, done (until when), due soon, overdue or
 * never done, and whether a claim of theirs waits for a decision.
 * @remarks A person the directory does not know yet gets the courses for everyone: the directory learns their
 * teams from the Teams roster, so until then a course for some teams or profiles is not shown.
 */
export async function myTraining(props: {
  aadObjectId: string;
  learners: LearnerLookup;
  courses: CourseRepository;
  records: TrainingRecordRepository;
  reminders: Pick<ReminderRepository, 'getClaim'>;
  now: Date;
  timeZone?: string;
}): Promise<MyTraining> {
  const today = todayIn(props.now, props.timeZone ?? DEFAULT_TIME_ZONE);
  const [learner, courses, records] = await Promise.all([
    props.learners.learner(props.aadObjectId),
    props.courses.list(),
    props.records.recordsOf([props.aadObjectId]),
  ]);
  const membership = learner ?? { teamIds: [], profiles: [] };
  const byKey = recordsByKey(records);
  const mine = courses.filter((course) => courseAppliesTo(course, membership));
  const claims = await Promise.all(mine.map((c) => props.reminders.getClaim(props.aadObjectId, c.id)));
  return {
    today,
    courses: mine.map((course, i) => {
      const claim = claims[i];
      return {
        course,
        standing: standing(course, byKey.get(recordKey(props.aadObjectId, course.id)), today),
        ...(claim?.status === 'open' ? { claimedAt: claim.claimedAt } : {}),
      };
    }),
  };
}
