import type { Course } from './courses';
import { todayIn } from './local-date';
import { planReminders } from './plan-reminders';
import type { CourseRepository, LearnerSource, ReminderRepository, TrainingRecordRepository } from './ports';
import { teamTrainingStatus, teamTrainingSummary, type TeamTrainingSummary } from './team-status';
import { DEFAULT_TIME_ZONE } from './working-time';

/**
 * One team's summary as it stands at `now`: what the manager's weekly card shows.
 * @remarks The summary pass builds every team's at once; this one is for a single team, when a manager decides a
 * claim from the card and the card is shown again with the decision in it. Unlike the pass it answers at any
 * hour: it sends nothing.
 */
export async function currentTeamSummary(props: {
  teamId: string;
  learners: LearnerSource;
  courses: CourseRepository;
  records: TrainingRecordRepository;
  reminders: ReminderRepository;
  now: Date;
  timeZone?: string;
}): Promise<{ summary: TeamTrainingSummary; courses: Course[] }> {
  const timeZone = props.timeZone ?? DEFAULT_TIME_ZONE;
  const [all, courses, sent, claims] = await Promise.all([
    props.learners.learners(),
    props.courses.list(),
    props.reminders.sentReminders(),
    props.reminders.claims(),
  ]);
  const members = all.filter((l) => l.teamIds.includes(props.teamId));
  const records = await props.records.recordsOf(members.map((m) => m.aadObjectId));
  const { escalations } = planReminders({
    now: props.now,
    timeZone,
    learners: members,
    courses,
    records,
    sent,
    snoozes: [],
    claims,
  });
  const status = teamTrainingStatus({
    teamId: props.teamId,
    members,
    courses,
    records,
    claims,
    escalations,
    today: todayIn(props.now, timeZone),
  });
  return { summary: teamTrainingSummary(status), courses };
}
