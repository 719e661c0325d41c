import type { Learner } from './courses';
import { todayIn } from './local-date';
import { planReminders } from './plan-reminders';
import type { CourseRepository, LearnerSource, ReminderRepository, TrainingRecordRepository } from './ports';
import { teamTrainingStatus, type MemberTraining, type TeamTrainingStatus } from './team-status';
import { DEFAULT_TIME_ZONE } from './working-time';

/** What reading someone's training status needs. */
export interface TrainingStatusSources {
  learners: LearnerSource;
  courses: CourseRepository;
  records: TrainingRecordRepository;
  reminders: ReminderRepository;
}

async function statusOf(
  sources: TrainingStatusSources,
  teamId: string,
  members: readonly Learner[],
  now: Date,
  timeZone: string,
): Promise<TeamTrainingStatus> {
  const ids = members.map((m) => m.aadObjectId);
  const [courses, records, sent, claims] = await Promise.all([
    sources.courses.list(),
    ids.length === 0 ? [] : sources.records.recordsOf(ids),
    sources.reminders.sentReminders(),
    sources.reminders.claims(),
  ]);
  // Escalations are the reminder plan's to decide: the tab shows the same people the weekly summary names.
  const { escalations } = planReminders({
    now,
    timeZone,
    learners: members,
    courses,
    records,
    sent,
    snoozes: [],
    claims,
  });
  return teamTrainingStatus({
    teamId,
    members,
    courses,
    records,
    claims,
    escalations,
    today: todayIn(now, timeZone),
  });
}

/**
 * A team's training status, for its managers: the members are the learners the roster puts in the team, as in
 * the weekly summary (people who removed Voordeur are not learners and are left out there too).
 */
export async function loadTeamTrainingStatus(
  props: TrainingStatusSources & { teamId: string; now: Date; timeZone?: string },
): Promise<TeamTrainingStatus> {
  const members = (await props.learners.learners()).filter((l) => l.teamIds.includes(props.teamId));
  return statusOf(props, props.teamId, members, props.now, props.timeZone ?? DEFAULT_TIME_ZONE);
}

/**
 * One person's own courses.
 * @remarks Someone the directory does not know as a learner (they never used Voordeur, or removed it) still
 * sees the courses meant for everyone, with what is recorded for them.
 */
export async function loadPersonTraining(
  props: TrainingStatusSources & { aadObjectId: string; now: Date; timeZone?: string },
): Promise<Pick<TeamTrainingStatus, 'today' | 'courses'> & { training: MemberTraining }> {
  const known = (await props.learners.learners()).find((l) => l.aadObjectId === props.aadObjectId);
  const learner: Learner = known ?? { aadObjectId: props.aadObjectId, teamIds: [], profiles: [] };
  const status = await statusOf(props, '', [learner], props.now, props.timeZone ?? DEFAULT_TIME_ZONE);
  return { today: status.today, courses: status.courses, training: status.members[0] };
}
