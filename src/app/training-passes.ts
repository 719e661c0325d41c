import { reminderActivity, summaryActivity } from '../bot/training/outbound';
import {
  isoWeek,
  runReminderPass,
  runSummaryPass,
  workingTime,
  type CourseRepository,
  type LearnerSource,
  type ReminderOutbox,
  type ReminderRepository,
  type TeamManagerSource,
  type TrainingPasses,
  type TrainingRecordRepository,
} from '../training';

/** What the training passes need: the stores, the outbox and the time zone of the working day. */
export interface TrainingPassDeps {
  training: CourseRepository & TrainingRecordRepository & { hasRecords(): Promise<boolean> };
  trainingReminders: ReminderRepository;
  trainingLearners: LearnerSource & TeamManagerSource;
  outbox: ReminderOutbox;
  timeZone: string;
}

/**
 * The managers' weekly summary pass and the reminder pass, with their cards (each in the person's language), as
 * the hourly job and the admin's "run now" both run them.
 * @remarks Both passes refuse outside working time (Monday to Friday, 09:00-17:00 in `timeZone`, no Dutch public
 * holiday) and key every message, so running them again, from a restart or from a second instance queues nothing
 * twice. A dry run plans both and queues nothing. Nothing is planned while no completion is recorded at all (see
 * `TrainingPassesResult.skipped`).
 */
export function trainingPasses(deps: TrainingPassDeps): TrainingPasses {
  const { timeZone } = deps;
  const stores = {
    learners: deps.trainingLearners,
    courses: deps.training,
    records: deps.training,
    reminders: deps.trainingReminders,
    outbox: deps.outbox,
    timeZone,
  };
  return async ({ now, dryRun = false }) => {
    if (!(await deps.training.hasRecords())) return skipped(now, timeZone, dryRun);
    // The summary first: someone who just got their third reminder is listed as escalated from next week's
    // summary on, after a week to act on it, not in the one that goes out the same moment.
    const courses = await deps.training.list();
    const summaries = await runSummaryPass({
      ...stores,
      teams: deps.trainingLearners,
      card: (summary, manager) => summaryActivity(summary, manager, courses, timeZone),
      now,
      dryRun,
    });
    const reminders = await runReminderPass({ ...stores, card: reminderActivity, now, dryRun });
    return { reminders, summaries };
  };
}

function skipped(now: Date, timeZone: string, dryRun: boolean) {
  const time = workingTime(now, timeZone);
  return {
    skipped: 'no-records' as const,
    reminders: { at: now, workingTime: time, dryRun, reminders: [], enqueued: 0, escalations: [] },
    summaries: { week: isoWeek(time.today), ran: false, dryRun, summaries: [], enqueued: 0 },
  };
}
