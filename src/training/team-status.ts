import { courseAppliesTo, type Course, type Learner } from './courses';
import { isoWeek, type LocalDate } from './local-date';
import type { Escalation } from './plan-reminders';
import {
  recordKey,
  recordsByKey,
  standing,
  STATUS_ORDER,
  type TrainingRecord,
  type TrainingStatus,
} from './records';
import type { Claim } from './reminders';

export type StatusCounts = Record<TrainingStatus, number>;

/** One course of one team member, with what a manager can act on. */
export interface MemberCourse {
  courseId: string;
  status: TrainingStatus;
  completedOn?: LocalDate;
  dueOn?: LocalDate;
  /** Three late reminders went unanswered. */
  escalated: boolean;
  /** The person says they did it; a manager or admin can confirm. */
  claimedAt?: Date;
}

export interface MemberTraining {
  aadObjectId: string;
  displayName?: string;
  /** The courses that apply to this person, in catalogue order. */
  courses: MemberCourse[];
  /** The most urgent status of their courses; undefined when no course applies. */
  worst?: TrainingStatus;
}

/** What the team tab's training panel shows: a chart of counts and a list a manager can act on. */
export interface TeamTrainingStatus {
  teamId: string;
  today: LocalDate;
  /** Person-and-course pairs by status. */
  counts: StatusCounts;
  courses: { courseId: string; name: Course['name']; counts: StatusCounts }[];
  /** Most urgent first, then by name. */
  members: MemberTraining[];
}

const emptyCounts = (): StatusCounts => ({ overdue: 0, never: 0, 'due-soon': 0, done: 0 });

/** The training status of a team's members. */
export function teamTrainingStatus(props: {
  teamId: string;
  members: readonly Learner[];
  courses: readonly Course[];
  records: Iterable<TrainingRecord>;
  claims: readonly Claim[];
  escalations: readonly Escalation[];
  today: LocalDate;
}): TeamTrainingStatus {
  const records = recordsByKey(props.records);
  const openClaims = new Map(
    props.claims.filter((c) => c.status === 'open').map((c) => [recordKey(c.aadObjectId, c.courseId), c]),
  );
  const escalated = new Set(props.escalations.map((e) => recordKey(e.aadObjectId, e.courseId)));
  const counts = emptyCounts();
  const perCourse = new Map(props.courses.map((c) => [c.id, emptyCounts()]));
  const members = props.members.map((learner): MemberTraining => {
    const courses = props.courses
      .filter((course) => courseAppliesTo(course, learner))
      .map((course): MemberCourse => {
        const key = recordKey(learner.aadObjectId, course.id);
        const s = standing(course, records.get(key), props.today);
        counts[s.status] += 1;
        perCourse.get(course.id)![s.status] += 1;
        const claim = openClaims.get(key);
        return {
          courseId: course.id,
          status: s.status,
          ...(s.completedOn ? { completedOn: s.completedOn } : {}),
          ...(s.dueOn ? { dueOn: s.dueOn } : {}),
          escalated: escalated.has(key),
          ...(claim ? { claimedAt: claim.claimedAt } : {}),
        };
      });
    const worst = STATUS_ORDER.find((status) => courses.some((c) => c.status === status));
    return { aadObjectId: learner.aadObjectId, displayName: learner.displayName, courses, worst };
  });
  const rank = (m: MemberTraining) => (m.worst ? STATUS_ORDER.indexOf(m.worst) : STATUS_ORDER.length);
  members.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.displayName ?? '').localeCompare(b.displayName ?? '', 'nl') ||
      a.aadObjectId.localeCompare(b.aadObjectId),
  );
  return {
    teamId: props.teamId,
    today: props.today,
    counts,
    courses: props.courses.map((c) => ({ courseId: c.id, name: c.name, counts: perCourse.get(c.id)! })),
    members,
  };
}

/** A person in a manager's summary, with the courses it is about. */
export interface SummaryPerson {
  aadObjectId: string;
  displayName?: string;
  courses: { courseId: string; status: TrainingStatus; dueOn?: LocalDate; claimedAt?: Date }[];
}

/** The manager's weekly summary of one team. */
export interface TeamTrainingSummary {
  teamId: string;
  /** The ISO week, such as `2025-W11`. */
  week: string;
  /** Members with at least one course that applies to them. */
  people: number;
  /** Of those, the ones with no course overdue or never done. */
  upToDate: number;
  /** Overdue or never done, and not escalated yet: reminders are still going to them. */
  late: SummaryPerson[];
  /** Got every late reminder and are still late: the manager's turn. */
  escalated: SummaryPerson[];
  /** Claims to confirm or reject. */
  openClaims: SummaryPerson[];
}

const isLate = (c: MemberCourse) => c.status === 'overdue' || c.status === 'never';
const pick = (m: MemberTraining, keep: (c: MemberCourse) => boolean): SummaryPerson => ({
  aadObjectId: m.aadObjectId,
  displayName: m.displayName,
  courses: m.courses
    .filter(keep)
    .map((c) => ({ courseId: c.courseId, status: c.status, dueOn: c.dueOn, claimedAt: c.claimedAt })),
});

/** Turns a team's status into the manager's weekly summary. */
export function teamTrainingSummary(status: TeamTrainingStatus): TeamTrainingSummary {
  const withCourses = status.members.filter((m) => m.courses.length > 0);
  const lateNow = (c: MemberCourse) => isLate(c) && !c.escalated && !c.claimedAt;
  return {
    teamId: status.teamId,
    week: isoWeek(status.today),
    people: withCourses.length,
    upToDate: withCourses.filter((m) => !m.courses.some(isLate)).length,
    late: withCourses.filter((m) => m.courses.some(lateNow)).map((m) => pick(m, lateNow)),
    escalated: withCourses
      .filter((m) => m.courses.some((c) => c.escalated))
      .map((m) => pick(m, (c) => c.escalated)),
    openClaims: withCourses
      .filter((m) => m.courses.some((c) => c.claimedAt))
      .map((m) => pick(m, (c) => c.claimedAt !== undefined)),
  };
}

/** The idempotency key of one manager's summary of one team in one week: it goes out once. */
export const summaryKey = (teamId: string, managerId: string, week: string): string =>
  `training-summary|${teamId}|${managerId}|${week}`;
