import type { OutboundActivity } from '../delivery/outbox';
import type { Learner } from './courses';
import { isoWeek } from './local-date';
import { planReminders } from './plan-reminders';
import type { CourseRepository, LearnerSource, ReminderRepository, TrainingRecordRepository } from './ports';
import type { ReminderOutbox } from './run-reminder-pass';
import { summaryKey, teamTrainingStatus, teamTrainingSummary, type TeamTrainingSummary } from './team-status';
import { DEFAULT_TIME_ZONE, workingTime } from './working-time';

/** The teams to summarise and who manages them. */
export interface TeamManagerSource {
  teamsWithManagers(): Promise<{ teamId: string; managerIds: string[] }[]>;
}

/** What a summary pass did: ids and counts only. */
export interface SummaryPassResult {
  week: string;
  /** False outside working time: nothing was planned. */
  ran: boolean;
  dryRun: boolean;
  summaries: { teamId: string; managerId: string; key: string }[];
  enqueued: number;
}

/**
 * The manager's weekly summary: one card per team and manager per ISO week, 1:1 (never to a channel).
 * @param card builds the card; `manager` is the manager as a learner when the directory knows them (for the
 *   language), else undefined
 * @remarks Run it with the daily pass: the first pass of a week in working time queues the summaries, and the
 * key (team, manager, week) keeps later passes, restarts and other instances from queueing them again. A team
 * without anyone a course applies to gets no summary. `dryRun` plans the same summaries and queues nothing.
 */
export async function runSummaryPass(props: {
  teams: TeamManagerSource;
  learners: LearnerSource;
  courses: CourseRepository;
  records: TrainingRecordRepository;
  reminders: ReminderRepository;
  outbox: ReminderOutbox;
  card: (summary: TeamTrainingSummary, manager: Learner | undefined) => OutboundActivity;
  now: Date;
  timeZone?: string;
  dryRun?: boolean;
}): Promise<SummaryPassResult> {
  const dryRun = props.dryRun ?? false;
  const time = workingTime(props.now, props.timeZone ?? DEFAULT_TIME_ZONE);
  const week = isoWeek(time.today);
  if (!time.ok) return { week, ran: false, dryRun, summaries: [], enqueued: 0 };
  const [teams, learners, courses, records, sent, claims] = await Promise.all([
    props.teams.teamsWithManagers(),
    props.learners.learners(),
    props.courses.list(),
    props.records.allRecords(),
    props.reminders.sentReminders(),
    props.reminders.claims(),
  ]);
  const { escalations } = planReminders({
    now: props.now,
    timeZone: props.timeZone,
    learners,
    courses,
    records,
    sent,
    snoozes: [],
    claims,
  });
  const byId = new Map(learners.map((l) => [l.aadObjectId, l]));
  const items = teams.flatMap(({ teamId, managerIds }) => {
    const members = learners.filter((l) => l.teamIds.includes(teamId));
    const status = teamTrainingStatus({
      teamId,
      members,
      courses,
      records,
      claims,
      escalations,
      today: time.today,
    });
    const summary = teamTrainingSummary(status);
    if (summary.people === 0) return [];
    return [...new Set(managerIds)].map((managerId) => ({
      managerId,
      teamId,
      key: summaryKey(teamId, managerId, week),
      payload: props.card(summary, byId.get(managerId)),
      tenantId: byId.get(managerId)?.tenantId,
      serviceUrl: byId.get(managerId)?.serviceUrl,
    }));
  });
  const result =
    items.length === 0 || dryRun
      ? { inserted: 0 }
      : await props.outbox.enqueue(
          items.map((i) => ({
            purpose: `training-summary:${week}`,
            idempotencyKey: i.key,
            recipient: {
              kind: 'person',
              aadObjectId: i.managerId,
              tenantId: i.tenantId,
              ...(i.serviceUrl ? { serviceUrl: i.serviceUrl } : {}),
            },
            payload: i.payload,
          })),
        );
  return {
    week,
    ran: true,
    dryRun,
    summaries: items.map(({ teamId, managerId, key }) => ({ teamId, managerId, key })),
    enqueued: result.inserted,
  };
}
