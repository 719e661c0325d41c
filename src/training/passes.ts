import type { ReminderPassResult } from './run-reminder-pass';
import type { SummaryPassResult } from './run-summary-pass';

/** What the daily training run did, or would do in a dry run: ids and counts only. */
export interface TrainingPassesResult {
  reminders: ReminderPassResult;
  summaries: SummaryPassResult;
  /**
   * `no-records`: nothing was planned because no completion is recorded at all yet (before an admin's first
   * import everyone would count as never trained, be reminded and, three weeks later, be reported to their manager).
   */
  skipped?: 'no-records';
}

/**
 * The daily training run: the managers' summary pass, then the reminder pass, as if at `now`.
 * @remarks Built once by the composition root with the card builders and the outbox; the reminder job and the
 * admin API's "run now" call the same function, so both send the same cards the same way.
 */
export type TrainingPasses = (props: { now: Date; dryRun?: boolean }) => Promise<TrainingPassesResult>;
