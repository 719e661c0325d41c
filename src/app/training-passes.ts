import { summaryActivity, reminderActivity } from '../bot/training/outbound';
import {
  runReminderPass,
  runSummaryPass,
  type CourseRepository,
  type LearnerSource,
  type ReminderOutbox,
  type ReminderPassResult,
  type ReminderRepository,
  type SummaryPassResult,
  type TeamManagerSource,
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
 * What one run of both passes did: ids and counts; or that they did not run because no completion is recorded
 * yet.
 */
export type TrainingPassesResult =
  | { ran: true; reminders: ReminderPassResult; summaries: SummaryPassResult }
  | { ran: false; reason: 'no-records' };

/** An outbox that takes nothing: a dry run tells what would be queued. */
const DRY_OUTBOX: ReminderOutbox = { enqueue: async () => ({ inserted: 0, existing: 0 }) };

/**
 * The reminder pass and the managers' weekly summary pass, with their cards, as the daily job and the admin's
 * "run now" both run them.
 * @remarks Both passes refuse outside working time (Monday to Friday, 09:00-17:00 in `timeZone`, no Dutch public
 * holiday) and key every message, so running them again, from a restart or from a second instance queues
 * nothing twice. A dry run plans both and queues nothing; its summaries are those the week would get, including
 * any already queued.
 *
 * Nothing runs while no completion is recorded at all: before an admin's first import everyone would count as
 * never trained, get a reminder and, three weeks later, be reported to their manager.
 */
export function trainingPasses(deps: TrainingPassDeps): {
  run(at: Date, dryRun: boolean): Promise<TrainingPassesResult>;
} {
  const { timeZone } = deps;
  const stores = {
    learners: deps.trainingLearners,
    courses: deps.training,
    records: deps.training,
    reminders: deps.trainingReminders,
  };
  return {
    async run(at, dryRun) {
      if (!(await deps.training.hasRecords())) return { ran: false, reason: 'no-records' };
      // The summary first: someone who just got their third reminder is listed as escalated from next week's
      // summary on, after a week to act on it, not in the one that goes out the same moment.
      const courses = await deps.training.list();
      const summaries = await runSummaryPass({
        ...stores,
        teams: deps.trainingLearners,
        outbox: dryRun ? DRY_OUTBOX : deps.outbox,
        card: (summary, manager) => summaryActivity(summary, manager, courses, timeZone),
        now: at,
        timeZone,
      });
      const reminders = await runReminderPass({
        ...stores,
        outbox: deps.outbox,
        card: reminderActivity,
        now: at,
        timeZone,
        dryRun,
      });
      return { ran: true, reminders, summaries };
    },
  };
}
