import type { RetentionPeriods } from '../config';
import type { ScheduledJob } from '../jobs';
import type { RetentionCutoffs, RetentionStore } from '../storage/retention-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily retention run: deletes time-bound rows once their period has passed.
 * - `outbox`: messages that were sent, failed for good or were cancelled (their content is already erased),
 *   `outboxDays` after they finished; an existing announcement's messages stay while it exists.
 * - `editor_questions`: questions sent to the editors, `editorQuestionDays` after they were sent.
 * - `training_claims`: decided claims, `trainingClaimDays` after the decision (open ones stay).
 * - `training_snoozes`: a day after they ended.
 * @remarks Not here, on purpose: installations (an uninstall is how Voordeur knows not to write to someone),
 * training records and announcements (kept until an admin removes them), and "ik zie iets" flows (the hourly
 * housekeeping job deletes those).
 */
export function retentionJob(props: { periods: RetentionPeriods; store: RetentionStore }): ScheduledJob {
  return {
    name: 'retention',
    schedule: '41 3 * * *',
    async run(at) {
      return { ...(await props.store.deleteBefore(retentionCutoffs(props.periods, at))) };
    },
  };
}

/** The moments before which each kind of row is deleted, for a run at `at`. */
export function retentionCutoffs(periods: RetentionPeriods, at: Date): RetentionCutoffs {
  const daysBefore = (days: number) => new Date(at.getTime() - days * DAY_MS);
  return {
    outbox: daysBefore(periods.outboxDays),
    editorQuestions: daysBefore(periods.editorQuestionDays),
    trainingClaims: daysBefore(periods.trainingClaimDays),
    trainingSnoozes: daysBefore(1),
  };
}
