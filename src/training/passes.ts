import type { ReminderPassResult } from './run-reminder-pass';
import type { SummaryPassResult } from './run-summary-pass';

/** What the daily training run did, or would do in a dry run: ids and counts only. */
export interface TrainingPassesResult {
  reminders: ReminderPassResult;
  summaries: SummaryPassResult;
}

/**
 * The daily training run: the reminder pass, then the managers' summary pass, as if at `now`.
 * @remarks Built once by the composition root with the card builders and the outbox; the reminder job and the
 * admin API's "run now" call the same function, so both send the same cards the same way.
 */
export type TrainingPasses = (props: { now: Date; dryRun?: boolean }) => Promise<TrainingPassesResult>;
