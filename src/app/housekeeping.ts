import type { ScheduledJob } from '../jobs';
import type { SeeSomethingFlowRepository } from '../see-something';

/**
 * Deletes "ik zie iets" flows whose cards have expired, every hour. Other time-bound rows go in the daily
 * retention run (`retention.ts`).
 * @remarks Each run deletes every row past its date, so a run that no instance took is made up by the next one.
 */
export function housekeepingJob(props: { seeSomethingFlows: SeeSomethingFlowRepository }): ScheduledJob {
  return {
    name: 'housekeeping',
    schedule: '17 * * * *',
    async run(at) {
      return { flows: await props.seeSomethingFlows.deleteExpired(at) };
    },
  };
}
